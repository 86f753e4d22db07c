using DutchTechZone.Etl;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Host.Serve.Jobs;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Host.Serve;

/// <summary>
/// Enqueues a drop-folder scan as soon as a file appears in <c>incoming/</c> (once it has had time to become stable),
/// and one at start-up for files delivered while the server was down. The watcher can lose events (buffer overflow,
/// network shares, the folder removed and made again): it is then made anew within a minute, and the every-minute
/// scan catches what it missed.
/// </summary>
public sealed class DropFolderWatcher(
    DropFolder folder,
    PipelineSettings settings,
    IBackgroundJobClient jobs,
    IOptions<ServeOptions> options,
    ILogger<DropFolderWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchDropFolder)
        {
            return;
        }

        await Task.Yield();
        EnqueueScan("start-up");

        // A file is taken once it has been unchanged for StableAfter: wait that long (plus the settle look) after the
        // last event, then enqueue one scan for the burst.
        var quiet = settings.StableAfter + (settings.Settle ?? TimeSpan.FromMilliseconds(500)) + TimeSpan.FromMilliseconds(250);
        var signal = new SemaphoreSlim(0);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                using var broken = new CancellationTokenSource();
                using var watcher = Watch(signal, broken);
                using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, broken.Token);
                try
                {
                    while (!either.IsCancellationRequested)
                    {
                        if (!await signal.WaitAsync(Recheck, either.Token))
                        {
                            if (watcher is null || !Directory.Exists(folder.Incoming))
                            {
                                break;   // the folder was removed or could not be watched: make the watcher anew
                            }

                            continue;
                        }

                        while (await signal.WaitAsync(quiet, either.Token))
                        {
                            // more events of the same burst
                        }

                        EnqueueScan("change seen");
                    }
                }
                catch (OperationCanceledException) when (broken.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning("Drop-folder watcher stopped ({Folder}); it is made anew and the scheduled scan picks up files meanwhile", folder.Incoming);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private FileSystemWatcher? Watch(SemaphoreSlim signal, CancellationTokenSource broken)
    {
        try
        {
            folder.EnsureCreated();
            var watcher = new FileSystemWatcher(folder.Incoming)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
                IncludeSubdirectories = false,
            };
            watcher.Created += (_, _) => signal.Release();
            watcher.Renamed += (_, _) => signal.Release();
            watcher.Changed += (_, _) => signal.Release();
            watcher.Error += (_, e) =>
            {
                logger.LogWarning("Drop-folder watcher lost events ({Reason})", e.GetException().Message);
                signal.Release();
                broken.Cancel();
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            logger.LogWarning("Cannot watch {Folder} ({Reason}); the scheduled scan still runs", folder.Incoming, e.Message);
            return null;
        }
    }

    private void EnqueueScan(string why)
    {
        try
        {
            jobs.Enqueue<DropFolderScanJob>(j => j.RunAsync(CancellationToken.None));
            logger.LogDebug("Drop-folder scan enqueued ({Why})", why);
        }
        catch (BackgroundJobClientException e)
        {
            logger.LogWarning("Could not enqueue a drop-folder scan ({Reason}); the scheduled scan runs anyway", e.Message);
        }
    }
}
