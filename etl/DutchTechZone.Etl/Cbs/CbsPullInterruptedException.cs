namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// A streamed pull stopped because one page kept failing after all retries. Rows before that page were delivered;
/// pass <see cref="ResumeUrl"/> to <see cref="CbsFeedClient.ResumeAsync"/> to continue with that page.
/// </summary>
public sealed class CbsPullInterruptedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CbsPullInterruptedException(string tableId, Uri resumeUrl, long rowsDelivered, Exception innerException)
        : base(
            $"CBS-tabel {tableId}: ophalen onderbroken na {rowsDelivered} rijen; pagina {resumeUrl} bleef mislukken " +
            $"({innerException?.GetType().Name}: {innerException?.Message}). Hervat vanaf die URL.",
            innerException)
    {
        ArgumentNullException.ThrowIfNull(resumeUrl);
        TableId = tableId;
        ResumeUrl = resumeUrl;
        RowsDelivered = rowsDelivered;
    }

    /// <summary>The table being pulled.</summary>
    public string TableId { get; }

    /// <summary>The page that failed: the URL to resume from (a nextLink as CBS gave it, or the first page's URL).</summary>
    public Uri ResumeUrl { get; }

    /// <summary>Rows this pull (this call of StreamAsync/ResumeAsync) delivered before the failure.</summary>
    public long RowsDelivered { get; }
}
