using DutchTechZone.Reports.Formatting;

namespace DutchTechZone.Reports.Schedule;

/// <summary>
/// When the board report goes out: the first working day of each month (Monday–Friday, not a Dutch public holiday)
/// at <see cref="SendAt"/> (default 08:00) Europe/Amsterdam. Pure: no clock of its own.
/// Hangfire: run <see cref="Cron"/> in the Amsterdam time zone and let the job call
/// <see cref="SendBoardReport.RunScheduledAsync"/>, which sends only on <see cref="IsFirstWorkingDay"/>.
/// </summary>
public sealed class BoardReportSchedule(TimeOnly sendAt, TimeZoneInfo zone)
{
    /// <summary>Every day 1–7 of the month at 08:00: the first working day always falls in it (the job checks which one).</summary>
    public const string Cron = "0 8 1-7 * *";

    public BoardReportSchedule()
        : this(new TimeOnly(8, 0), DutchTime.Zone)
    {
    }

    public TimeOnly SendAt => sendAt;

    public TimeZoneInfo Zone => zone;

    /// <summary><see cref="Cron"/> with the configured time: "0 8 1-7 * *".</summary>
    public string CronExpression => $"{sendAt.Minute} {sendAt.Hour} 1-7 * *";

    /// <summary>The first weekday of the month that is not a public holiday.</summary>
    public static DateOnly FirstWorkingDay(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || DutchPublicHolidays.IsHoliday(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>Whether <paramref name="date"/> is the first working day of its month.</summary>
    public bool IsFirstWorkingDay(DateOnly date) => FirstWorkingDay(date.Year, date.Month) == date;

    /// <summary>The send moment (UTC) of the month of <paramref name="year"/>/<paramref name="month"/>.</summary>
    public DateTimeOffset SendMomentOf(int year, int month)
    {
        var local = FirstWorkingDay(year, month).ToDateTime(sendAt, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The first send moment strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextRun(DateTimeOffset after)
    {
        var local = TimeZoneInfo.ConvertTime(after, zone);
        var thisMonth = SendMomentOf(local.Year, local.Month);
        if (thisMonth > after)
        {
            return thisMonth;
        }

        var next = new DateOnly(local.Year, local.Month, 1).AddMonths(1);
        return SendMomentOf(next.Year, next.Month);
    }
}
