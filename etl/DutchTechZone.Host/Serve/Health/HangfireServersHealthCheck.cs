using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DutchTechZone.Host.Serve.Health;

/// <summary>At least one Hangfire server sent a heartbeat in the last minute.</summary>
public sealed class HangfireServersHealthCheck(JobStorage storage, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            var servers = storage.GetMonitoringApi().Servers();
            var alive = servers.Count(s => s.Heartbeat is { } beat && now - beat < TimeSpan.FromMinutes(1));
            var data = new Dictionary<string, object> { ["servers"] = servers.Count, ["alive"] = alive };
            return Task.FromResult(alive > 0
                ? HealthCheckResult.Healthy($"{alive} Hangfire-server(s) actief", data)
                : HealthCheckResult.Unhealthy("geen actieve Hangfire-server", data: data));
        }
#pragma warning disable CA1031 // storage implementations throw their own exception types; any of them means "not healthy"
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire-opslag niet bereikbaar: " + HealthText.Short(e.Message)));
        }
    }
}
