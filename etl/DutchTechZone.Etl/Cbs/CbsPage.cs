using System.Text.Json;

namespace DutchTechZone.Etl.Cbs;

/// <summary>One parsed v3 response: <c>{"odata.metadata": …, "value": [...], "odata.nextLink": …}</c>.</summary>
internal sealed class CbsPage
{
    private CbsPage(IReadOnlyList<CbsRow> rows, Uri? nextLink)
    {
        Rows = rows;
        NextLink = nextLink;
    }

    public IReadOnlyList<CbsRow> Rows { get; }

    /// <summary>The next page, verbatim as CBS gave it (resolved against the page URL only if relative); null on the last page.</summary>
    public Uri? NextLink { get; }

    /// <summary>Parses a whole response body.</summary>
    /// <exception cref="JsonException">The body is not (complete) JSON: transient, a truncated page.</exception>
    /// <exception cref="CbsException">The body is JSON but not the v3 envelope.</exception>
    public static CbsPage Parse(byte[] body, string tableId, Uri url)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new CbsException(tableId, url, "the response is not an OData v3 envelope with a \"value\" array");
        }

        // Clone detaches the rows from the pooled document; one page at a time stays in memory.
        var values = value.Clone();
        var rows = new List<CbsRow>(values.GetArrayLength());
        foreach (var row in values.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object)
            {
                throw new CbsException(tableId, url, $"a row of \"value\" is a JSON {row.ValueKind}, not an object");
            }

            rows.Add(new CbsRow(row));
        }

        Uri? next = null;
        if (root.TryGetProperty("odata.nextLink", out var link) && link.ValueKind == JsonValueKind.String)
        {
            var text = link.GetString();
            if (!string.IsNullOrEmpty(text))
            {
                next = ResolveNextLink(url, text) ?? throw new CbsException(tableId, url, $"odata.nextLink '{text}' is not a URL");
                if (next == url)
                {
                    throw new CbsException(tableId, url, "odata.nextLink points at the same page; the pull is stopped instead of looping forever");
                }
            }
        }

        return new CbsPage(rows, next);
    }

    private static Uri? ResolveNextLink(Uri pageUrl, string text)
    {
        // Absolute http(s) links are used as given (a rooted "/x" would parse as a file path on Unix: not that).
        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            return absolute;
        }

        return Uri.TryCreate(pageUrl, text, out var combined) ? combined : null;
    }
}
