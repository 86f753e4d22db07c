using System.Globalization;
using System.Text.RegularExpressions;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Parses numbers written in Dutch notation: <c>1.234,56</c>, <c>€ 1.234</c>, <c>-1.234,50</c>, <c>€-45.870</c>,
/// <c>1234</c>, <c>1234,5</c>. A thousands separator must group by three; anything else (<c>1,234.56</c>,
/// <c>1.234.5</c>, <c>12,345,678</c>) is refused, never guessed.
/// </summary>
internal static partial class DutchNumberParser
{
    public static bool TryParse(string? text, bool allowEuroSign, out decimal value)
    {
        value = 0m;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim().Replace('\u00A0', ' ').Replace('\u2212', '-');
        var negative = false;
        if (s.StartsWith('-'))
        {
            negative = true;
            s = s[1..].TrimStart();
        }

        if (allowEuroSign && s.StartsWith('€'))
        {
            s = s[1..].TrimStart();
            if (!negative && s.StartsWith('-'))
            {
                negative = true;
                s = s[1..].TrimStart();
            }
        }

        var match = Pattern().Match(s);
        if (!match.Success) return false;
        var digits = match.Groups["int"].Value.Replace(".", string.Empty, StringComparison.Ordinal);
        var fraction = match.Groups["frac"].Success ? match.Groups["frac"].Value : string.Empty;
        var invariant = fraction.Length > 0 ? digits + "." + fraction : digits;
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        if (negative) value = -value;
        return true;
    }

    /// <summary>The number of decimals a value carries (trailing zeros not counted).</summary>
    public static int DecimalPlaces(decimal value)
    {
        var normalised = value / 1.000000000000000000000000000000000m;
        return (decimal.GetBits(normalised)[3] >> 16) & 0xFF;
    }

    [GeneratedRegex(@"^(?<int>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?<frac>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
