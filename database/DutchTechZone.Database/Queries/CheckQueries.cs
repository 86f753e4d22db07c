using Dapper;

namespace DutchTechZone.Database.Queries;

/// <summary>The data checks' SQL (<c>check.*.sql</c> per dialect): failing rows, current contributions, freshness inputs.</summary>
public sealed class CheckQueries(Warehouse warehouse)
{
    /// <summary>Runs the check statement <c>check.&lt;name&gt;</c>; every row it returns names one failing row.</summary>
    public async Task<IReadOnlyList<string>> FailingRowsAsync(string name, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(warehouse.Sql("check." + name), new { True = true }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>The years with stored contributions.</summary>
    public async Task<IReadOnlyList<int>> ContributionYearsAsync(CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return (await connection.QueryAsync<long>(new CommandDefinition(warehouse.Sql("check.years"), cancellationToken: ct))).Select(y => (int)y).ToList();
    }

    /// <summary>The current contribution rows of a year: CBS code → (status, cents).</summary>
    public async Task<IReadOnlyList<(string CbsCode, string Status, long AmountCents)>> CurrentContributionsAsync(int year, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string, string, long)>(new CommandDefinition(warehouse.Sql("check.contribution.current"), new { Year = year, True = true }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>Per CBS table: how many rows come from live CBS, and the newest of them.</summary>
    public async Task<IReadOnlyList<CbsFreshnessRow>> CbsFreshnessAsync(CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return (await connection.QueryAsync<CbsFreshnessRow>(new CommandDefinition(warehouse.Sql("check.freshness_cbs"), cancellationToken: ct))).ToList();
    }

    /// <summary>Per template (and partner): when the newest delivery in force was received.</summary>
    public async Task<IReadOnlyList<DeliveryFreshnessRow>> DeliveryFreshnessAsync(CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return (await connection.QueryAsync<DeliveryFreshnessRow>(new CommandDefinition(warehouse.Sql("check.freshness_deliveries"), cancellationToken: ct))).ToList();
    }
}

/// <summary>A CBS table's newest live figures (null when only bundled-sample rows are stored).</summary>
public sealed class CbsFreshnessRow
{
    public string TableId { get; set; } = "";

    public long LiveRows { get; set; }

    public DateOnly? NewestDate { get; set; }

    public string? NewestPeriod { get; set; }

    public DateTimeOffset? LoadedAt { get; set; }
}

/// <summary>The newest delivery in force of a template (per partner for Realisatie and Capaciteit).</summary>
public sealed class DeliveryFreshnessRow
{
    public string Template { get; set; } = "";

    public string? Partner { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }
}
