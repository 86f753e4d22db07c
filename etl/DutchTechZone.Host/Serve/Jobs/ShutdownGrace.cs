using Microsoft.Extensions.Options;

namespace DutchTechZone.Host.Serve.Jobs;

/// <summary>
/// Hangfire cancels a job's token the moment the server is asked to stop. A load cancelled then is rolled back and
/// done again after the restart: safe, but a systemd restart would throw away minutes of work. Jobs run on a token
/// that is cancelled only when <c>Serve:ShutdownTimeout</c> (less a margin) has passed after Hangfire's signal, so a
/// running load gets the documented grace to finish.
/// </summary>
public sealed class ShutdownGrace(IOptions<ServeOptions> options)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);

    public Scope Extend(CancellationToken hangfire)
    {
        var grace = options.Value.ShutdownTimeout - Margin;
        if (grace < TimeSpan.FromSeconds(1))
        {
            grace = TimeSpan.FromSeconds(1);
        }

        var source = new CancellationTokenSource();
        var registration = hangfire.Register(() => source.CancelAfter(grace));
        return new Scope(source, registration);
    }

    /// <summary>The extended token; dispose when the job ends.</summary>
    public sealed class Scope(CancellationTokenSource source, CancellationTokenRegistration registration) : IDisposable
    {
        public CancellationToken Token => source.Token;

        public void Dispose()
        {
            registration.Dispose();
            source.Dispose();
        }
    }
}
