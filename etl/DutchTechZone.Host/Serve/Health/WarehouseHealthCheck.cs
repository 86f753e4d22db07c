using DutchTechZone.Database.Queries;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DutchTechZone.Host.Serve.Health;

/// <summary>The warehouse answers a query.</summary>
public sealed class WarehouseHealthCheck(StatusQueries status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            await status.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy("warehouse bereikbaar");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or OperationCanceledException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("warehouse niet bereikbaar: " + HealthText.Short(e.Message));
        }
    }
}
