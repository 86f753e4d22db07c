using DutchTechZone.Etl.UseCases;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Host.Serve.Jobs;

/// <summary>
/// Recurring job <c>cbs-import</c>: the CBS tables, skipped when unchanged. A table that failed fails the job
/// (Hangfire retries it); when data changed, a budget recompute is enqueued.
/// </summary>
public sealed class CbsImportJob(ShutdownGrace shutdown, ImportCbsTables importCbs, IBackgroundJobClient jobs, IOptions<ServeOptions> options, ILogger<CbsImportJob> logger)
{
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [60, 300, 900, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken ct)
    {
        using var grace = shutdown.Extend(ct);
        var outcome = await importCbs.ExecuteAsync(options.Value.CbsOffline, grace.Token);
        foreach (var table in outcome.Tables)
        {
            logger.LogInformation("CBS {Table} ({Origin}): {Status}, {RowsWritten} rows written", table.TableId, table.Origin, table.Status, table.RowsWritten);
        }

        if (outcome.ChangedData)
        {
            jobs.Enqueue<BudgetRecomputeJob>(j => j.RunAsync(CancellationToken.None));
        }

        if (outcome.AnyFailed)
        {
            var failed = outcome.Tables.Where(t => t.Status == "failed").Select(t => $"{t.TableId}: {t.Message}");
            throw new TransientJobFailureException("CBS-import mislukt voor " + string.Join("; ", failed));
        }
    }
}
