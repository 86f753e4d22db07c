using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Reports.Model;

namespace DutchTechZone.Reports.Delivery;

/// <summary>
/// The warehouse's record of what was sent to whom (<c>report_delivery</c>, migration 0014): a period is sent once per
/// recipient; a forced resend adds rows. Also answers "last report sent" for the status page.
/// </summary>
public sealed class ReportDeliveryLog(Warehouse warehouse, TimeProvider time)
{
    /// <summary>The report name in <c>report_delivery.report</c>.</summary>
    public const string BoardReport = "board-report";

    /// <summary>The recipients (lower case) the period was already sent to.</summary>
    public async Task<IReadOnlySet<string>> SentRecipientsAsync(ReportPeriod period, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(warehouse.Sql("report.delivery_sent"),
            new { Report = BoardReport, Period = period.ToString() }, cancellationToken: ct));
        return rows.Select(r => r.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Records one send: accepted recipients as <c>sent</c>, refused ones as <c>refused</c> with the server's answer.</summary>
    public async Task RecordAsync(ReportPeriod period, IReadOnlyList<DeliveryRecord> records, bool forced, string? messageId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var at = time.GetUtcNow();
        await using var connection = await warehouse.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var r in records)
        {
            await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("report.delivery_insert"), new
            {
                Report = BoardReport,
                Period = period.ToString(),
                Recipient = r.Recipient.ToLowerInvariant(),
                r.Status,
                Forced = forced,
                MessageId = messageId,
                r.Detail,
                SentAt = at,
            }, transaction, cancellationToken: ct));
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>The last board report sent, or null when none was.</summary>
    public async Task<LastReportSent?> LastSentAsync(CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<LastSentData>(new CommandDefinition(warehouse.Sql("report.delivery_last"),
            new { Report = BoardReport }, cancellationToken: ct));
        return row is null || !ReportPeriod.TryParse(row.Period, out var period) ? null : new LastReportSent(period, row.SentAt, (int)row.Recipients);
    }

#pragma warning disable CA1812 // Dapper materialises it.
    private sealed class LastSentData
    {
        public string Period { get; set; } = "";
        public DateTimeOffset SentAt { get; set; }
        public long Recipients { get; set; }
    }
#pragma warning restore CA1812
}

/// <summary>One recipient's fate: status <c>sent</c> or <c>refused</c>.</summary>
public sealed record DeliveryRecord(string Recipient, string Status, string? Detail = null);

/// <summary>For the status page: the period last sent, when, and to how many recipients.</summary>
public sealed record LastReportSent(ReportPeriod Period, DateTimeOffset SentAt, int Recipients);
