using DutchTechZone.Reports;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Host.Serve.Jobs;

/// <summary>
/// Recurring job <c>board-report</c> (days 1–7 of the month at the configured time): sends the previous month's board
/// report on the first working day only, once per period and recipient (recorded in the warehouse, so a retried or
/// doubled run sends nothing twice). An unreachable mail server fails the job (Hangfire retries); refused recipients
/// are logged and shown, not retried.
/// </summary>
public sealed class BoardReportJob(ShutdownGrace shutdown, SendBoardReport send, ILogger<BoardReportJob> logger)
{
    [AutomaticRetry(Attempts = 4, DelaysInSeconds = [300, 900, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(CancellationToken ct)
    {
        using var grace = shutdown.Extend(ct);
        var result = await send.RunScheduledAsync(grace.Token);
        switch (result.Status)
        {
            case BoardReportSendStatus.NotDue:
                logger.LogInformation("Board report {Period}: not the first working day of the month", result.Period);
                break;
            case BoardReportSendStatus.AlreadySent:
                logger.LogInformation("Board report {Period}: already sent to every recipient", result.Period);
                break;
            case BoardReportSendStatus.Sent:
                logger.LogInformation("Board report {Period} sent to {Recipients} recipient(s)", result.Period, result.Delivered.Count);
                break;
            default:
                logger.LogError(
                    "Board report {Period}: {Status}; refused: {Refused}",
                    result.Period,
                    result.Status,
                    string.Join(", ", result.Refused.Select(r => r.Address)));
                break;
        }
    }
}
