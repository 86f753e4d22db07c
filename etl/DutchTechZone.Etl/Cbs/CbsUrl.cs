using System.Text;

namespace DutchTechZone.Etl.Cbs;

/// <summary>Builds v3 Feed URLs: <c>{BaseAddress}{tableId}/{entitySet}?$format=json&amp;$filter=…&amp;$select=…</c>.</summary>
internal static class CbsUrl
{
    public static Uri Build(Uri baseAddress, string tableId, string entitySet, string? filter = null, IReadOnlyList<string>? select = null)
    {
        var root = baseAddress.AbsoluteUri;
        var text = new StringBuilder(root);
        if (!root.EndsWith('/'))
        {
            text.Append('/');
        }

        text.Append(Uri.EscapeDataString(tableId)).Append('/').Append(Uri.EscapeDataString(entitySet));
        text.Append("?$format=json");
        if (!string.IsNullOrWhiteSpace(filter))
        {
            text.Append("&$filter=").Append(Uri.EscapeDataString(filter));
        }

        if (select is { Count: > 0 })
        {
            text.Append("&$select=").Append(Uri.EscapeDataString(string.Join(',', select)));
        }

        return new Uri(text.ToString(), UriKind.Absolute);
    }

    /// <summary>The table id in a Feed URL: the path segment before the entity set (<c>…/odata/83599NED/UntypedDataSet/</c>).</summary>
    public static string TableIdOf(Uri url)
    {
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 ? Uri.UnescapeDataString(segments[^2]) : url.AbsolutePath;
    }
}
