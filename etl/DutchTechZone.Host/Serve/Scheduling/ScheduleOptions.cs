namespace DutchTechZone.Host.Serve.Scheduling;

/// <summary>
/// When the recurring jobs run (configuration section <c>Schedule</c>): cron expressions in <see cref="TimeZone"/>
/// (Europe/Amsterdam: daylight saving is handled by Hangfire). An empty expression switches a job off.
/// </summary>
public sealed class ScheduleOptions
{
    /// <summary>The time zone of every expression. Default <c>Europe/Amsterdam</c>.</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>CBS import. Default daily at 06:00.</summary>
    public string CbsImport { get; set; } = "0 6 * * *";

    /// <summary>Drop-folder scan. Default every minute (a file-system watcher also enqueues a scan at once).</summary>
    public string DropFolderScan { get; set; } = "* * * * *";

    /// <summary>Budget recompute, besides the one after every load that changed data. Default daily at 06:30.</summary>
    public string BudgetRecompute { get; set; } = "30 6 * * *";
}
