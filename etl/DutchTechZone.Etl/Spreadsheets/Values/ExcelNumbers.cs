using System.Globalization;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Turns the double of a numeric xlsx cell into an exact decimal and Excel serial numbers into dates.</summary>
internal static class ExcelNumbers
{
    private static readonly DateOnly Base1900 = new(1899, 12, 30);
    private static readonly DateOnly Base1904 = new(1904, 1, 1);

    /// <summary>
    /// Converts via the round-trip ("R") text of the double, so 1234.56 stays 1234.56. Excel itself keeps 15
    /// significant digits, so a value whose round-trip text carries more (float noise such as 0.30000000000000004
    /// from a formula) is taken at 15 significant digits, which is what Excel shows.
    /// </summary>
    public static bool TryToDecimal(double number, out decimal value)
    {
        value = 0m;
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) > 7.9e27) return false;
        var roundTrip = number.ToString("R", CultureInfo.InvariantCulture);
        if (SignificantDigits(roundTrip) > 15) roundTrip = number.ToString("G15", CultureInfo.InvariantCulture);
        return decimal.TryParse(roundTrip, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An Excel serial day number as a date (1900 system with its 29-2-1900 quirk, or 1904 system).</summary>
    public static bool TrySerialToDate(double serial, bool date1904, out DateOnly date)
    {
        date = default;
        if (double.IsNaN(serial) || serial < 1 || serial >= 2958466) return false;
        var days = (int)Math.Floor(serial);
        if (date1904)
        {
            date = Base1904.AddDays(days);
            return true;
        }

        if (days == 60) return false; // 29-2-1900 does not exist
        date = days < 60 ? Base1900.AddDays(days + 1) : Base1900.AddDays(days);
        return true;
    }

    private static int SignificantDigits(string roundTrip)
    {
        var mantissa = roundTrip.Split('E', 'e')[0];
        var digits = mantissa.Where(char.IsAsciiDigit).SkipWhile(c => c == '0').ToList();
        var withoutTrailing = digits.Count - digits.AsEnumerable().Reverse().TakeWhile(c => c == '0').Count();
        return mantissa.Contains('.', StringComparison.Ordinal) ? digits.Count : withoutTrailing;
    }
}
