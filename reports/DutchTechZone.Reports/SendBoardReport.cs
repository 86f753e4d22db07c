using DutchTechZone.Reports.Delivery;
using DutchTechZone.Reports.Formatting;
using DutchTechZone.Reports.Mail;
using DutchTechZone.Reports.Model;
using DutchTechZone.Reports.Schedule;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Reports;

/// <summary>
/// Use case: render the board report of a period and mail it once. Recipients the period was already sent to are
/// skipped (so a second run, or a retried job, sends nothing) unless <c>force</c>; what was sent to (or refused by)
/// whom is recorded in the warehouse. A refused recipient does not stop the others; it is in the result.
/// </summary>
public sealed class SendBoardReport(
    RenderBoardReport render,
    ReportDeliveryLog log,
    SmtpReportMailer mailer,
    ReportMailSettings settings,
    BoardReportSchedule schedule,
    TimeProvider time,
    ILogger<SendBoardReport> logger)
{
    public async Task<BoardReportSendResult> ExecuteAsync(ReportPeriod period, bool force = false, CancellationToken ct = default)
    {
        settings.Validate();
        var already = await log.SentRecipientsAsync(period, ct);
        var targets = settings.To.Where(t => force || !already.Contains(t.ToLowerInvariant())).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var skipped = settings.To.Except(targets, StringComparer.OrdinalIgnoreCase).ToList();
        if (targets.Count == 0)
        {
            logger.LogInformation("Bestuursrapportage {Period} is al verzonden aan alle {Count} ontvanger(s); niets verzonden", period, skipped.Count);
            return new BoardReportSendResult(period, BoardReportSendStatus.AlreadySent, null, [], [], skipped);
        }

        var rendered = await render.ExecuteAsync(period, ct);
        var message = BoardReportMessage.Create(rendered, settings.From!, targets);
        logger.LogInformation("Bestuursrapportage {Period} verzenden via {Settings}", period, settings.ToString());
        var outcome = await mailer.SendAsync(message, ct);
        var records = outcome.Accepted.Select(a => new DeliveryRecord(a, "sent"))
            .Concat(outcome.Refused.Select(r => new DeliveryRecord(r.Address, "refused", $"{r.StatusCode} {r.Reason}".Trim())))
            .ToList();
        await log.RecordAsync(period, records, force, outcome.Accepted.Count > 0 ? outcome.MessageId : null, ct);
        foreach (var r in outcome.Refused)
        {
            logger.LogWarning("Ontvanger {Recipient} geweigerd door de SMTP-server: {Status} {Reason}", r.Address, r.StatusCode, r.Reason);
        }

        var status = outcome.Accepted.Count == 0 ? BoardReportSendStatus.AllRefused
            : outcome.Refused.Count > 0 ? BoardReportSendStatus.PartlyRefused
            : BoardReportSendStatus.Sent;
        return new BoardReportSendResult(period, status, rendered, outcome.Accepted, outcome.Refused, skipped, outcome.Attempts);
    }

    /// <summary>
    /// For the scheduled job (run daily on days 1–7 at the configured time): sends the previous month's report on the
    /// first working day of the month only; on other days it does nothing (<see cref="BoardReportSendStatus.NotDue"/>).
    /// </summary>
    public async Task<BoardReportSendResult> RunScheduledAsync(CancellationToken ct = default)
    {
        var period = ReportPeriod.Previous(time);
        if (!schedule.IsFirstWorkingDay(DutchTime.Today(time)))
        {
            return new BoardReportSendResult(period, BoardReportSendStatus.NotDue, null, [], [], []);
        }

        return await ExecuteAsync(period, force: false, ct);
    }
}

/// <summary>How a send ended.</summary>
public enum BoardReportSendStatus
{
    /// <summary>Delivered to every recipient it was sent to.</summary>
    Sent,

    /// <summary>Delivered to some; the server refused others (see <see cref="BoardReportSendResult.Refused"/>).</summary>
    PartlyRefused,

    /// <summary>The server refused every recipient: nothing was delivered.</summary>
    AllRefused,

    /// <summary>The period was already sent to every recipient: nothing sent (use force to resend).</summary>
    AlreadySent,

    /// <summary>Scheduled run on a day that is not the first working day of the month.</summary>
    NotDue,
}

/// <summary>The result of a send: who got it, who refused it, who was skipped because they already had it.</summary>
public sealed record BoardReportSendResult(
    ReportPeriod Period,
    BoardReportSendStatus Status,
    RenderedBoardReport? Report,
    IReadOnlyList<string> Delivered,
    IReadOnlyList<RefusedRecipient> Refused,
    IReadOnlyList<string> AlreadySentTo,
    int Attempts = 0);
