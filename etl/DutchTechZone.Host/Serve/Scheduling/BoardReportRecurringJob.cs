using DutchTechZone.Host.Serve.Jobs;
using DutchTechZone.Reports.Schedule;
using Hangfire;

namespace DutchTechZone.Host.Serve.Scheduling;

/// <summary>
/// Registers <c>board-report</c>: daily on days 1–7 of the month at <c>Report:SendAt</c> (08:00) in
/// <c>Report:TimeZone</c> (Europe/Amsterdam); the job itself sends only on the first working day.
/// </summary>
public sealed class BoardReportRecurringJob(BoardReportSchedule schedule) : IRecurringJobSource
{
    public const string JobId = "board-report";

    public string Id => JobId;

    public string? Cron => schedule.CronExpression;

    public string Setting => "Report:SendAt";

    public void Register(IRecurringJobManager recurring, string cron, RecurringJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(recurring);
        recurring.AddOrUpdate<BoardReportJob>(JobId, j => j.RunAsync(CancellationToken.None), cron,
            new RecurringJobOptions { TimeZone = schedule.Zone, MisfireHandling = MisfireHandlingMode.Relaxed });
    }
}
