using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>Stores computed contributions, so that Power BI and the board report read the same figures as <c>dtz budget</c>.</summary>
public sealed class ContributionWriter(Warehouse warehouse, TimeProvider time)
{
    /// <summary>
    /// Upserts the contributions of one year in one transaction; each written row becomes the current one of its
    /// year and municipality (<c>is_current</c>), the other status row stays for the settlement but is not current.
    /// </summary>
    public async Task SaveAsync(IReadOnlyList<ContributionRecord> contributions, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var now = time.GetUtcNow();
        await using var connection = await warehouse.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var c in contributions)
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
            }, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("contribution.supersede"),
                new { c.Year, c.Status, c.CbsCode, NotCurrent = false }, transaction, cancellationToken: ct));
        }

        await transaction.CommitAsync(ct);
    }
}
