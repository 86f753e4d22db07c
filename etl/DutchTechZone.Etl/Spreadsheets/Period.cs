using System.Globalization;
using System.Text.RegularExpressions;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>A reporting period: a year (<c>2026</c>), a month (<c>2026-03</c>) or a quarter (<c>2026-K1</c>).</summary>
/// <param name="Text">The normalised text: <c>2026</c>, <c>2026-03</c> or <c>2026-K1</c> (Q is written as K).</param>
/// <param name="Start">The first day of the period.</param>
/// <param name="End">The last day of the period.</param>
public sealed partial record Period(string Text, DateOnly Start, DateOnly End)
{
    /// <summary>A whole year.</summary>
    public static Period Year(int year) =>
        new(year.ToString("D4", CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>A calendar month.</summary>
    public static Period Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), start, start.AddMonths(1).AddDays(-1));
    }

    /// <summary>A quarter (1–4).</summary>
    public static Period Quarter(int year, int quarter)
    {
        var start = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-K{quarter}"), start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>
    /// Parses <c>2026</c>, <c>2026-03</c>, <c>2026-K1</c> or <c>2026-Q1</c> (case-insensitive, surrounding spaces ignored).
    /// Years must lie in 2000–2100.
    /// </summary>
    public static bool TryParse(string? text, out Period? period)
    {
        period = null;
        if (text is null) return false;
        var match = PeriodPattern().Match(text.Trim());
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100) return false;
        if (match.Groups["m"].Success)
        {
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12) return false;
            period = Month(year, month);
        }
        else if (match.Groups["q"].Success)
        {
            period = Quarter(year, int.Parse(match.Groups["q"].Value, CultureInfo.InvariantCulture));
        }
        else
        {
            period = Year(year);
        }

        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?:(?<m>\d{1,2})|[KkQq](?<q>[1-4])))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
