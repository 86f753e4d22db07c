namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// A CBS request failed for a reason retrying will not fix (404, 400, a response that is not the v3 JSON shape), or
/// a single metadata request kept failing after all retries. The message names the table and the URL.
/// </summary>
public sealed class CbsException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CbsException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CbsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public CbsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal CbsException(string tableId, Uri url, string problem, Exception? innerException = null, System.Net.HttpStatusCode? statusCode = null)
        : base($"CBS-tabel {tableId}: {problem} (GET {url})", innerException)
    {
        TableId = tableId;
        Url = url;
        StatusCode = statusCode;
    }

    /// <summary>The table, when known.</summary>
    public string? TableId { get; }

    /// <summary>The URL requested, when known.</summary>
    public Uri? Url { get; }

    /// <summary>The HTTP status CBS answered with (404: CBS does not serve the table), when the failure was one.</summary>
    public System.Net.HttpStatusCode? StatusCode { get; }
}
