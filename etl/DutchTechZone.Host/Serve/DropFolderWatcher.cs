using DutchTechZone.Etl;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Host.Serve.Jobs;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Host.Serve;

/// <summary>
/// Enqueues a drop-folder scan as soon as a file appears in <c>incoming/</c> (once it has had time to become stable).
/// The watcher can lose events (buffer overflow, network shares): the every-minute scan catches those.
/// </summary>
public sealed class DropFolderWatcher(
    DropFolder folder,
    PipelineSettings settings,
    IBackgroundJobClient jobs,
    IOptions<ServeOptions> options,
    TimeProvider time,
    ILogger<DropFolderWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchDropFolder)
        {
            return;
        }

        await Task.Yield();

        folder.EnsureCreated();

        // Files delivered while the server was down are taken at once, not at the next scheduled scan.
        jobs.Enqueue<DropFolderScanJob>(j => j.RunAsync(CancellationToken.None));
        var signal = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(folder.Incoming)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            IncludeSubdirectories = false,
        };
        watcher.Created += (_, _) => signal.Release();
        watcher.Renamed += (_, _) => signal.Release();
        watcher.Changed += (_, _) => signal.Release();
        watcher.Error += (_, e) => logger.LogWarning("Drop-folder watcher lost events ({Reason}); the scheduled scan picks the files up", e.GetException().Message);
        watcher.EnableRaisingEvents = true;

        // A file is taken once it has been unchanged for StableAfter: wait that long (plus the settle look) after the
        // last event, then enqueue one scan for the burst.
        var quiet = settings.StableAfter + (settings.Settle ?? TimeSpan.FromMilliseconds(500)) + TimeSpan.FromMilliseconds(250);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await signal.WaitAsync(stoppingToken);
                while (await signal.WaitAsync(quiet, stoppingToken))
                {
                    // more events of the same burst
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), time, stoppingToken);
                jobs.Enqueue<DropFolderScanJob>(j => j.RunAsync(CancellationToken.None));
                logger.LogDebug("Drop-folder change seen: scan enqueued");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
