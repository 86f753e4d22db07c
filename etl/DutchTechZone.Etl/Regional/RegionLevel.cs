namespace DutchTechZone.Etl.Regional;

/// <summary>The region level of a CBS region code (cbs-api.md §1.11), in the warehouse's Dutch terms.</summary>
public static class RegionLevel
{
    /// <summary>The code prefix of each level.</summary>
    public static IReadOnlyDictionary<string, string> Prefixes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["gemeente"] = "GM",
        ["corop"] = "CR",
        ["provincie"] = "PV",
        ["landsdeel"] = "LD",
        ["land"] = "NL",
        ["wijk"] = "WK",
        ["buurt"] = "BU",
    };

    /// <summary><c>GM0114</c> → <c>gemeente</c>, <c>CR08</c> → <c>corop</c>, <c>PV22</c> → <c>provincie</c>, <c>NL01</c> → <c>land</c>; else <c>overig</c>.</summary>
    public static string Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var (level, prefix) in Prefixes)
        {
            if (code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return level;
            }
        }

        return "overig";
    }

    /// <summary>A CBS region title without its level suffix: <c>Drenthe (PV)</c> → <c>Drenthe</c>.</summary>
    public static string CleanTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var t = title.Trim();
        foreach (var suffix in new[] { " (PV)", " (CR)", " (LD)", " (GM)" })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                return t[..^suffix.Length].Trim();
            }
        }

        return t;
    }
}
