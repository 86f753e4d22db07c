using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>Stores computed contributions, so that Power BI and the board report read the same figures as <c>dtz budget</c>.</summary>
public sealed class ContributionWriter(Warehouse warehouse, TimeProvider time)
{
    /// <summary>Upserts the contributions of one year in one transaction.</summary>
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
            }, transaction, cancellationToken: ct));
        }

        await transaction.CommitAsync(ct);
    }
}
