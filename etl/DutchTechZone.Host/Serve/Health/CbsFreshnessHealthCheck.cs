using DutchTechZone.Database.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DutchTechZone.Host.Serve.Health;

/// <summary>
/// The age of the last successful CBS import (loaded or found unchanged). Degraded when older than
/// <c>Health:CbsMaxAge</c> (default 2 days), counted from this process's start when there was none yet.
/// </summary>
public sealed class CbsFreshnessHealthCheck(StatusQueries status, TimeProvider time, IConfiguration configuration, ServeClock clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var maxAge = configuration.GetValue<TimeSpan?>("Health:CbsMaxAge") ?? TimeSpan.FromDays(2);
        var now = time.GetUtcNow();
        DateTimeOffset? last;
        try
        {
            last = await status.LastCbsSuccessAsync(cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("CBS-importen niet leesbaar: " + HealthText.Short(e.Message));
        }

        var data = new Dictionary<string, object> { ["lastSuccess"] = last?.ToString("O") ?? "", ["maxAgeHours"] = maxAge.TotalHours };
        if (last is { } at)
        {
            var age = now - at;
            data["ageHours"] = Math.Round(age.TotalHours, 1);
            return age <= maxAge
                ? HealthCheckResult.Healthy($"laatste CBS-import {Math.Round(age.TotalHours, 1)} uur geleden", data)
                : HealthCheckResult.Degraded($"laatste CBS-import {Math.Round(age.TotalHours, 1)} uur geleden (meer dan {maxAge.TotalHours} uur)", data: data);
        }

        return now - clock.StartedAt <= maxAge
            ? HealthCheckResult.Healthy("nog geen CBS-import sinds de start", data)
            : HealthCheckResult.Degraded("nog nooit een geslaagde CBS-import", data: data);
    }
}

/// <summary>When this <c>dtz serve</c> process started.</summary>
public sealed class ServeClock(TimeProvider time)
{
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();
}
