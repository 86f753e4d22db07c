using System.Globalization;
using System.Text.RegularExpressions;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Parses dates written as <c>30-9-2025</c>, <c>30-09-2025</c> or <c>2025-09-30</c> (ASCII digits only); impossible dates fail.</summary>
internal static partial class DutchDateParser
{
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        int day, month, year;
        var dmy = DayMonthYear().Match(s);
        if (dmy.Success)
        {
            day = Int(dmy.Groups["d"].Value);
            month = Int(dmy.Groups["m"].Value);
            year = Int(dmy.Groups["y"].Value);
        }
        else
        {
            var iso = Iso().Match(s);
            if (!iso.Success) return false;
            day = Int(iso.Groups["d"].Value);
            month = Int(iso.Groups["m"].Value);
            year = Int(iso.Groups["y"].Value);
        }

        if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})-(?<m>[0-9]{1,2})-(?<y>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
