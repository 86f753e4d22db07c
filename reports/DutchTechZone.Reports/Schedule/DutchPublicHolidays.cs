namespace DutchTechZone.Reports.Schedule;

/// <summary>
/// The Dutch public holidays on which offices are closed: Nieuwjaarsdag, Tweede Paasdag, Koningsdag (26 April when
/// 27 April is a Sunday), Bevrijdingsdag in lustrum years, Hemelvaartsdag, Tweede Pinksterdag, both Christmas days.
/// </summary>
public static class DutchPublicHolidays
{
    public static bool IsHoliday(DateOnly date)
    {
        var easter = EasterSunday(date.Year);
        var kingsDay = new DateOnly(date.Year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday)
        {
            kingsDay = kingsDay.AddDays(-1);
        }

        return (date.Month, date.Day) is (1, 1) or (12, 25) or (12, 26)
            || date == easter.AddDays(1)
            || date == kingsDay
            || (date.Month == 5 && date.Day == 5 && date.Year % 5 == 0)
            || date == easter.AddDays(39)
            || date == easter.AddDays(50);
    }

    /// <summary>Easter Sunday (Gregorian calendar; anonymous algorithm of Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
