using DutchTechZone.Database.Loaders;
using DutchTechZone.Etl.Cbs;

namespace DutchTechZone.Etl.Regional;

/// <summary>
/// A CBS period code as a warehouse period: type <c>jaar</c>, <c>kwartaal</c>, <c>maand</c> or <c>overig</c> and a date
/// range. No period is dropped: a code without an official span (<c>X0</c>, multi-year averages, unknown types) gets
/// the calendar year of its first four digits.
/// </summary>
public static class PeriodMapping
{
    public static RegionalPeriodRecord Map(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var c = code.Trim();
        if (CbsPeriod.TryParse(c, out var period))
        {
            var type = period.Kind switch
            {
                CbsPeriodKind.Year => "jaar",
                CbsPeriodKind.Quarter => "kwartaal",
                CbsPeriodKind.Month => "maand",
                _ => "overig",
            };
            if (period.Start is { } start && period.End is { } end)
            {
                return new RegionalPeriodRecord(c, type, start, end);
            }

            var year = int.Parse(c.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
            return new RegionalPeriodRecord(c, type, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        // Not even YYYY + 4 characters: kept, dated at the start of the calendar (never dropped).
        return new RegionalPeriodRecord(c, "overig", DateOnly.MinValue, DateOnly.MinValue);
    }
}
