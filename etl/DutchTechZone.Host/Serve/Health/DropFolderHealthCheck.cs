using DutchTechZone.Etl.Intake;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DutchTechZone.Host.Serve.Health;

/// <summary>The drop folder's <c>incoming/</c> is writable (a probe file the intake ignores is written and removed).</summary>
public sealed class DropFolderHealthCheck(DropFolder folder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(folder.Incoming, $".health-{Guid.NewGuid():N}.tmp");
        try
        {
            folder.EnsureCreated();
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return Task.FromResult(HealthCheckResult.Healthy("aanlevermap schrijfbaar"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"aanlevermap {folder.Incoming} niet schrijfbaar: {HealthText.Short(e.Message)}"));
        }
    }
}
