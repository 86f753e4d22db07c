using System.Globalization;
using DutchTechZone.Reports.Formatting;

namespace DutchTechZone.Reports.Model;

/// <summary>The month a board report covers (<c>YYYY-MM</c>); its budget year is the month's year.</summary>
public readonly record struct ReportPeriod(int Year, int Month)
{
    /// <summary>The first day of the month.</summary>
    public DateOnly Start => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly End => Start.AddMonths(1).AddDays(-1);

    /// <summary>"november 2026".</summary>
    public string DutchName => $"{DutchFormat.MonthName(Month)} {Year}";

    /// <summary>Reads <c>YYYY-MM</c>.</summary>
    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = default;
        if (text is null || !DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        period = new ReportPeriod(date.Year, date.Month);
        return true;
    }

    /// <summary>The month before the Amsterdam date of now: a report sent on 1 December covers November.</summary>
    public static ReportPeriod Previous(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var month = DutchTime.Today(time).AddMonths(-1);
        return new ReportPeriod(month.Year, month.Month);
    }

    /// <summary>"2026-11".</summary>
    public override string ToString() => $"{Year:0000}-{Month:00}";
}
