using Dapper;

namespace DutchTechZone.Database.Queries;

/// <summary>Reads population counts back for the budget.</summary>
public sealed class PopulationQueries(Warehouse warehouse)
{
    /// <summary>Counts of the given municipalities with reference dates in [from, to].</summary>
    public async Task<IReadOnlyList<PopulationCount>> CountsAsync(IReadOnlyCollection<string> cbsCodes, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var rows = await connection.QueryAsync<PopulationRow>(new CommandDefinition(warehouse.Sql("population.counts"),
            new { Codes = cbsCodes.ToArray(), From = from, To = to }, cancellationToken: ct));
        return rows.Select(r => r.ToCount()).ToList();
    }

    /// <summary>The provisional contributions stored for a year, as counts (what was invoiced on the adopted date).</summary>
    public async Task<IReadOnlyList<PopulationCount>> StoredProvisionalAsync(int year, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var rows = await connection.QueryAsync<PopulationRow>(new CommandDefinition(warehouse.Sql("contribution.provisional"), new { Year = year }, cancellationToken: ct));
        return rows.Select(r => r.ToCount()).ToList();
    }

    // Dapper maps columns by name; provider value types differ (bool/int, DateTime/text), so read loosely and convert once.
    private sealed class PopulationRow
    {
        public string CbsCode { get; set; } = "";
        public string Municipality { get; set; } = "";
        public DateOnly ReferenceDate { get; set; }
        public string? CountsAt { get; set; }
        public string TableId { get; set; } = "";
        public long Inhabitants { get; set; }
        public string CbsStatus { get; set; } = "";
        public string CbsPeriod { get; set; } = "";
        public string Origin { get; set; } = "";
        public long SourceKey { get; set; }
        public DateTimeOffset LoadedAt { get; set; }

        public long? AmountCents { get; set; }

        public long? RateCents { get; set; }

        public PopulationCount ToCount() => new(CbsCode, Municipality, ReferenceDate, CountsAt, TableId, Inhabitants, CbsStatus, CbsPeriod, Origin, SourceKey, LoadedAt, AmountCents, RateCents);
    }
}
