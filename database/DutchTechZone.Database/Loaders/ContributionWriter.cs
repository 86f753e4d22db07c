using System.Data.Common;
using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// Stores computed contributions, so that Power BI and the board report read the same figures as <c>dtz budget</c>.
/// No silent change: a stored row that a new computation would alter (a CBS revision, a rate change, another
/// reference date) is only updated with a record of before, after, why and when; a frozen (invoiced) row is never
/// updated — the refused change is recorded once.
/// </summary>
public sealed class ContributionWriter(Warehouse warehouse, TimeProvider time)
{
    /// <summary>
    /// Saves the contributions of one year in one transaction; each written row becomes the current one of its
    /// year and municipality (<c>is_current</c>), the other status row stays for the settlement but is not current.
    /// </summary>
    /// <returns>The changes recorded by this save.</returns>
    public async Task<IReadOnlyList<ContributionRecord>> SaveAsync(IReadOnlyList<ContributionRecord> contributions, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var now = time.GetUtcNow();
        var changed = new List<ContributionRecord>();
        await using var connection = await warehouse.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var c in contributions)
        {
            var key = new { c.Year, c.CbsCode, c.Status, True = true };
            var stored = await connection.QuerySingleOrDefaultAsync<StoredRow>(new CommandDefinition(warehouse.Sql("contribution.stored"), key, transaction, cancellationToken: ct));
            var after = StoredRow.Of(c);
            var reason = stored is null ? null : stored.Differences(after);
            var frozen = stored is not null && stored.IsFrozen != 0;
            if (reason is not null && !(frozen && await AlreadyRefusedAsync(connection, transaction, c, after, ct)))
            {
                await RecordAsync(connection, transaction, c, stored!, after, reason, applied: !frozen, now, ct);
                changed.Add(c);
            }

            if (frozen)
            {
                await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("contribution.make_current"),
                    new { c.Year, c.CbsCode, c.Status, IsCurrent = true }, transaction, cancellationToken: ct));
            }
            else
            {
                await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("contribution.upsert"), new
                {
                    c.Year,
                    c.CbsCode,
                    c.Status,
                    DateKey = PopulationLoader.DateKey(c.ReferenceDate),
                    c.Inhabitants,
                    c.RateCents,
                    c.AmountCents,
                    c.SettlementCents,
                    c.CbsStatus,
                    c.SourceKey,
                    ComputedAt = now,
                    IsCurrent = true,
                    c.CbsPeriod,
                    IsFrozen = c.Frozen,
                }, transaction, cancellationToken: ct));
            }

            await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("contribution.supersede"),
                new { c.Year, c.Status, c.CbsCode, NotCurrent = false }, transaction, cancellationToken: ct));
        }

        await transaction.CommitAsync(ct);
        return changed;
    }

    /// <summary>Every recorded change of the year's contributions, oldest first.</summary>
    public async Task<IReadOnlyList<ContributionChange>> ChangesAsync(int year, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var rows = await connection.QueryAsync<ChangeRow>(new CommandDefinition(warehouse.Sql("contribution.changes"), new { Year = year, True = true }, cancellationToken: ct));
        return rows.Select(r => r.ToChange()).ToList();
    }

    // A refused change (frozen row) is recorded once: not again while the computation keeps giving the same figures.
    private async Task<bool> AlreadyRefusedAsync(DbConnection connection, DbTransaction transaction, ContributionRecord c, StoredRow after, CancellationToken ct)
    {
        var last = await connection.QuerySingleOrDefaultAsync<StoredRow>(new CommandDefinition(warehouse.Sql("contribution.last_change"),
            new { c.Year, c.CbsCode, c.Status, True = true }, transaction, cancellationToken: ct));
        return last is not null && last.Applied == 0 && last.Differences(after) is null;
    }

    private Task RecordAsync(DbConnection connection, DbTransaction transaction, ContributionRecord c, StoredRow before, StoredRow after, string reason, bool applied, DateTimeOffset now, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("contribution.change"), new
        {
            c.Year,
            c.CbsCode,
            c.Status,
            Reason = reason,
            Applied = applied,
            BeforeDateKey = before.DateKey,
            BeforeInhabitants = before.Inhabitants,
            BeforeRateCents = before.RateCents,
            BeforeAmountCents = before.AmountCents,
            BeforeCbsStatus = before.CbsStatus,
            BeforeSourceKey = before.SourceKey,
            AfterDateKey = after.DateKey,
            AfterInhabitants = after.Inhabitants,
            AfterRateCents = after.RateCents,
            AfterAmountCents = after.AmountCents,
            AfterCbsStatus = after.CbsStatus,
            AfterSourceKey = after.SourceKey,
            ChangedAt = now,
        }, transaction, cancellationToken: ct));

    // Read loosely (provider types differ: bool/int), compared once.
    private sealed class StoredRow
    {
        public long DateKey { get; set; }

        public long Inhabitants { get; set; }

        public long RateCents { get; set; }

        public long AmountCents { get; set; }

        public string CbsStatus { get; set; } = "";

        public long SourceKey { get; set; }

        public long IsFrozen { get; set; }

        public long Applied { get; set; }

        public static StoredRow Of(ContributionRecord c) => new()
        {
            DateKey = PopulationLoader.DateKey(c.ReferenceDate),
            Inhabitants = c.Inhabitants,
            RateCents = c.RateCents,
            AmountCents = c.AmountCents,
            CbsStatus = c.CbsStatus,
            SourceKey = c.SourceKey,
        };

        /// <summary>Why <paramref name="after"/> differs from this row, or null when it does not.</summary>
        public string? Differences(StoredRow after)
        {
            var reasons = new List<string>();
            if (DateKey != after.DateKey) reasons.Add("reference_date");
            else if (Inhabitants != after.Inhabitants || !string.Equals(CbsStatus, after.CbsStatus, StringComparison.Ordinal)) reasons.Add("cbs_revision");
            if (RateCents != after.RateCents) reasons.Add("rate_change");
            if (reasons.Count == 0 && AmountCents != after.AmountCents) reasons.Add("amount");
            if (reasons.Count == 0 && SourceKey != after.SourceKey) reasons.Add("source");
            return reasons.Count == 0 ? null : string.Join(", ", reasons);
        }
    }

    private sealed class ChangeRow
    {
        public string CbsCode { get; set; } = "";

        public string Municipality { get; set; } = "";

        public string Status { get; set; } = "";

        public string Reason { get; set; } = "";

        public long Applied { get; set; }

        public DateOnly BeforeReferenceDate { get; set; }

        public long BeforeInhabitants { get; set; }

        public long BeforeRateCents { get; set; }

        public long BeforeAmountCents { get; set; }

        public string BeforeCbsStatus { get; set; } = "";

        public DateOnly AfterReferenceDate { get; set; }

        public long AfterInhabitants { get; set; }

        public long AfterRateCents { get; set; }

        public long AfterAmountCents { get; set; }

        public string AfterCbsStatus { get; set; } = "";

        public DateTimeOffset ChangedAt { get; set; }

        public ContributionChange ToChange() => new(CbsCode, Municipality, Status, Reason, Applied != 0,
            BeforeReferenceDate, BeforeInhabitants, BeforeRateCents, BeforeAmountCents, BeforeCbsStatus,
            AfterReferenceDate, AfterInhabitants, AfterRateCents, AfterAmountCents, AfterCbsStatus, ChangedAt);
    }
}
