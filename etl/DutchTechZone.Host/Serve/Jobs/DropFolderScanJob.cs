using DutchTechZone.Etl.UseCases;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Host.Serve.Jobs;

/// <summary>
/// Recurring job <c>drop-folder-scan</c> (and enqueued by the file-system watcher): takes every ready file.
/// A rejected file is a success with a rejection; a busy drop folder is not an error; a file the pipeline could not
/// process (database down: it is back in incoming/) fails the job so Hangfire retries it. Running twice is harmless:
/// a file is claimed by an atomic move and its content hash is checked under the warehouse lock.
/// </summary>
public sealed class DropFolderScanJob(ShutdownGrace shutdown, IngestDeliveries intake, IBackgroundJobClient jobs, ILogger<DropFolderScanJob> logger)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [15, 60, 300], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(CancellationToken ct)
    {
        using var grace = shutdown.Extend(ct);
        var outcome = await intake.ScanAsync(grace.Token);
        if (outcome.Busy)
        {
            logger.LogInformation("Drop folder busy: {Reason}", outcome.BusyMessage);
            return;
        }

        foreach (var file in outcome.Files)
        {
            logger.LogInformation("Delivered file {File}: {Status}, {Rows} rows, {Errors} errors", file.File, file.Status, file.Rows, file.Errors.Count);
        }

        if (outcome.ChangedData)
        {
            jobs.Enqueue<BudgetRecomputeJob>(j => j.RunAsync(CancellationToken.None));
        }

        if (outcome.AnyFailed)
        {
            var failed = outcome.Files.Where(f => f.Status == DutchTechZone.Etl.Intake.IngestStatus.Failed).Select(f => $"{f.File}: {f.Message}");
            throw new TransientJobFailureException("Aanlevering niet verwerkt (staat weer in incoming): " + string.Join("; ", failed));
        }
    }
}
