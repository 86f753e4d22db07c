using System.Globalization;

namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// A CBS period code parsed to its kind and date span (cbs-api.md §1.11). Codes are <c>YYYY</c> + a two-letter type +
/// two digits (<c>2025MM09</c>, <c>2025JJ00</c>, <c>1995W101</c>), or a day <c>YYYYMMDD</c>.
/// </summary>
/// <param name="Code">The code, trimmed.</param>
/// <param name="Kind">The kind of span.</param>
/// <param name="Start">First day of the span; null when the code has no official span (<c>X0</c>, averages, unknown types).</param>
/// <param name="End">Last day of the span (inclusive); null when <paramref name="Start"/> is null.</param>
public sealed record CbsPeriod(string Code, CbsPeriodKind Kind, DateOnly? Start, DateOnly? End)
{
    /// <summary>
    /// Parses a period code. Known types: <c>JJ00</c> year, <c>HJ01-02</c> half year, <c>KW01-04</c> quarter,
    /// <c>MM01-12</c> month, <c>W1nn</c> ISO week, <c>YYYYMMDD</c> day, <c>SJ00</c> school year (1 August YYYY to
    /// 31 July YYYY+1, as <see cref="CbsPeriodKind.Other"/> with dates). Well-formed codes of any other type
    /// (<c>X0nn</c>, <c>G2..G5</c>, <c>VJ</c>, <c>M3</c>, <c>W4</c>, or an out-of-range number) give
    /// <see cref="CbsPeriodKind.Other"/> with null dates; this never throws for them.
    /// </summary>
    /// <exception cref="FormatException">The code is not 8 characters starting with a 4-digit year.</exception>
    public static CbsPeriod Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out var period)
            ? period
            : throw new FormatException($"'{code}' is geen CBS-periodecode (verwacht JJJJ + soort + 2 cijfers, bijvoorbeeld 2025MM09).");
    }

    /// <summary>Like <see cref="Parse"/>, but returns false instead of throwing for a malformed code.</summary>
    public static bool TryParse(string? code, out CbsPeriod period)
    {
        period = null!;
        var c = code?.Trim();
        if (c is null || c.Length != 8 || !AllDigits(c.AsSpan(0, 4)))
        {
            return false;
        }

        var year = int.Parse(c.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return false;
        }

        var type = c.Substring(4, 2);
        var number = AllDigits(c.AsSpan(6, 2)) ? int.Parse(c.AsSpan(6, 2), CultureInfo.InvariantCulture) : -1;
        period = type switch
        {
            "JJ" when number == 0 => Span(c, CbsPeriodKind.Year, new DateOnly(year, 1, 1), 12),
            "HJ" when number is 1 or 2 => Span(c, CbsPeriodKind.HalfYear, new DateOnly(year, (number * 6) - 5, 1), 6),
            "KW" when number is >= 1 and <= 4 => Span(c, CbsPeriodKind.Quarter, new DateOnly(year, (number * 3) - 2, 1), 3),
            "MM" when number is >= 1 and <= 12 => Span(c, CbsPeriodKind.Month, new DateOnly(year, number, 1), 1),
            "SJ" when number == 0 && year < 9999 => Span(c, CbsPeriodKind.Other, new DateOnly(year, 8, 1), 12),
            "W1" => Week(c, year, number),
            _ when AllDigits(c) => Day(c, year),
            _ => Unknown(c),
        };
        return true;
    }

    private static CbsPeriod Span(string code, CbsPeriodKind kind, DateOnly start, int months) =>
        new(code, kind, start, start.AddMonths(months).AddDays(-1));

    private static CbsPeriod Week(string code, int year, int week)
    {
        if (week < 1 || year > 9998 || week > ISOWeek.GetWeeksInYear(year))
        {
            return Unknown(code);
        }

        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new CbsPeriod(code, CbsPeriodKind.Week, monday, monday.AddDays(6));
    }

    private static CbsPeriod Day(string code, int year)
    {
        var month = int.Parse(code.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(code.AsSpan(6, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Unknown(code);
        }

        var date = new DateOnly(year, month, day);
        return new CbsPeriod(code, CbsPeriodKind.Day, date, date);
    }

    private static CbsPeriod Unknown(string code) => new(code, CbsPeriodKind.Other, null, null);

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}
