using DutchTechZone.Reports.Formatting;
using DutchTechZone.Reports.Model;
using DutchTechZone.Reports.Schedule;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Reports.Tests.Schedule;

/// <summary>The send schedule: first working day of the month (weekends and Dutch public holidays skipped), 08:00 Amsterdam.</summary>
public sealed class BoardReportScheduleTests
{
    [Theory]
    [InlineData(2026, 1, "2026-01-02")]   // 1 January (Nieuwjaarsdag) is a Thursday
    [InlineData(2026, 2, "2026-02-02")]   // 1 February is a Sunday
    [InlineData(2026, 8, "2026-08-03")]   // 1 August is a Saturday
    [InlineData(2026, 12, "2026-12-01")]  // a Tuesday
    [InlineData(2027, 1, "2027-01-04")]   // Friday 1 January is a holiday, then a weekend
    [InlineData(2024, 4, "2024-04-02")]   // 1 April 2024 is Tweede Paasdag
    [InlineData(2029, 4, "2029-04-03")]   // Monday 2 April 2029 is Tweede Paasdag (Easter 1 April)
    [InlineData(2020, 6, "2020-06-02")]   // Monday 1 June 2020 is Tweede Pinksterdag (Easter 12 April)
    public void FirstWorkingDaySkipsWeekendsAndPublicHolidays(int year, int month, string expected)
    {
        var day = BoardReportSchedule.FirstWorkingDay(year, month);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2029, "2029-04-01")]
    public void EasterSundayIsComputedForTheGregorianCalendar(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DutchPublicHolidays.EasterSunday(year));

    [Fact]
    public void TheNextRunIsTheFirstWorkingDayAtEightInAmsterdamAcrossTheChangeOfYear()
    {
        var schedule = new BoardReportSchedule();

        var next = schedule.NextRun(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 1, 4, 7, 0, 0, TimeSpan.Zero), next);   // 08:00 CET
    }

    [Fact]
    public void InSummerTimeEightInAmsterdamIsSixUtc()
    {
        var schedule = new BoardReportSchedule();

        Assert.Equal(new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero), schedule.NextRun(new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 6, 0, 0, TimeSpan.Zero), schedule.NextRun(new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void OnlyTheFirstWorkingDayIsTheDay()
    {
        var schedule = new BoardReportSchedule();

        Assert.True(schedule.IsFirstWorkingDay(new DateOnly(2026, 12, 1)));
        Assert.False(schedule.IsFirstWorkingDay(new DateOnly(2026, 12, 2)));
        Assert.False(schedule.IsFirstWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.True(schedule.IsFirstWorkingDay(new DateOnly(2027, 1, 4)));
        Assert.Equal("30 7 1-7 * *", new BoardReportSchedule(new TimeOnly(7, 30), DutchTime.Zone).CronExpression);
    }

    [Fact]
    public void TheReportCoversThePreviousMonthInAmsterdamTime()
    {
        // 31 December 23:30 UTC is already 1 January in Amsterdam: the report covers December.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new ReportPeriod(2026, 12), ReportPeriod.Previous(time));
        Assert.True(ReportPeriod.TryParse("2026-11", out var period));
        Assert.Equal(new DateOnly(2026, 11, 30), period.End);
        Assert.False(ReportPeriod.TryParse("2026-13", out _));
    }
}
