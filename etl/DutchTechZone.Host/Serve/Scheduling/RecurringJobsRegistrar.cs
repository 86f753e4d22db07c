using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Serve.Jobs;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Host.Serve.Scheduling;

/// <summary>
/// Registers (or updates) the recurring jobs at start-up from <see cref="ScheduleOptions"/>; a job whose expression is
/// empty is removed. Other parts (the board report) add theirs through <see cref="IRecurringJobSource"/>.
/// </summary>
public sealed class RecurringJobsRegistrar(
    IRecurringJobManager recurring,
    IOptions<ScheduleOptions> options,
    IEnumerable<IRecurringJobSource> sources,
    ILogger<RecurringJobsRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var schedule = options.Value;
        var zone = ResolveZone(schedule.TimeZone);
        var jobOptions = new RecurringJobOptions { TimeZone = zone, MisfireHandling = MisfireHandlingMode.Relaxed };
        Register(RecurringJobIds.CbsImport, schedule.CbsImport, "Schedule:CbsImport", cron =>
            recurring.AddOrUpdate<CbsImportJob>(RecurringJobIds.CbsImport, j => j.RunAsync(CancellationToken.None), cron, jobOptions));
        Register(RecurringJobIds.DropFolderScan, schedule.DropFolderScan, "Schedule:DropFolderScan", cron =>
            recurring.AddOrUpdate<DropFolderScanJob>(RecurringJobIds.DropFolderScan, j => j.RunAsync(CancellationToken.None), cron, jobOptions));
        Register(RecurringJobIds.BudgetRecompute, schedule.BudgetRecompute, "Schedule:BudgetRecompute", cron =>
            recurring.AddOrUpdate<BudgetRecomputeJob>(RecurringJobIds.BudgetRecompute, j => j.RunAsync(CancellationToken.None), cron, jobOptions));
        foreach (var source in sources)
        {
            Register(source.Id, source.Cron, source.Setting, cron => source.Register(recurring, cron, jobOptions));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The configured time zone; an unknown id is a configuration error that names the setting.</summary>
    public static TimeZoneInfo ResolveZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new DtzConfigurationException($"Schedule:TimeZone '{id}' is geen bekende tijdzone (bijvoorbeeld Europe/Amsterdam).");
        }
    }

    private void Register(string id, string? cron, string setting, Action<string> add)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            recurring.RemoveIfExists(id);
            logger.LogInformation("Recurring job {Job} switched off ({Setting} is empty)", id, setting);
            return;
        }

        try
        {
            add(cron);
        }
        catch (ArgumentException e)
        {
            throw new DtzConfigurationException($"{setting} '{cron}' is geen geldige cron-expressie: {e.Message}");
        }

        logger.LogInformation("Recurring job {Job}: {Cron}", id, cron);
    }
}

/// <summary>A recurring job that another part of the product contributes (e.g. the board report).</summary>
public interface IRecurringJobSource
{
    string Id { get; }

    /// <summary>The cron expression; empty switches the job off.</summary>
    string? Cron { get; }

    /// <summary>The configuration key of <see cref="Cron"/>, for messages.</summary>
    string Setting { get; }

    void Register(IRecurringJobManager recurring, string cron, RecurringJobOptions options);
}
