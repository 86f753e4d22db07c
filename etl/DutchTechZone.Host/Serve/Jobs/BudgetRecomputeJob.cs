using DutchTechZone.Etl.UseCases;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Host.Serve.Jobs;

/// <summary>
/// Job <c>budget-recompute</c>: every configured budget year, after each load that changed data and on its own
/// schedule. A year without population figures is logged, not an error; a database failure fails the job (retry).
/// </summary>
public sealed class BudgetRecomputeJob(ShutdownGrace shutdown, RecomputeBudgets budgets, ILogger<BudgetRecomputeJob> logger)
{
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [30, 120, 600, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task RunAsync(CancellationToken ct)
    {
        using var grace = shutdown.Extend(ct);
        var outcome = await budgets.ExecuteAsync(grace.Token);
        foreach (var year in outcome.Years)
        {
            if (year.Report is { } report)
            {
                logger.LogInformation("Budget {Year}: {Status}, contributions {Total}", year.Year, report.Status, report.ContributionsTotal);
            }
        }
    }
}
