using Dapper;

namespace DutchTechZone.Database.Queries;

/// <summary>Reads the resources, Network-plan use and theme spending of a budget year (money in cents).</summary>
public sealed class BudgetQueries(Warehouse warehouse)
{
    /// <summary>Sum of <c>fact_funding</c> per funding-source kind (carry_over, network_plan, network_plan_reserve, co_financing, other).</summary>
    public async Task<IReadOnlyDictionary<string, long>> ResourcesAsync(int year, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var rows = await connection.QueryAsync<(string Kind, decimal AmountCents)>(new CommandDefinition(warehouse.Sql("budget.resources"), new { Year = year }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Kind, r => (long)r.AmountCents, StringComparer.Ordinal);
    }

    /// <summary>Network-plan money allocated and earmarked by budget lines, and paid on those lines (see the SQL for the rules).</summary>
    public async Task<NetworkPlanUse> NetworkPlanAsync(int year, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var row = await connection.QuerySingleAsync<(decimal AllocatedCents, decimal EarmarkedCents, decimal SpentCents, decimal SpentFreeCents)>(
            new CommandDefinition(warehouse.Sql("budget.network_plan"), new { Year = year, True = true }, cancellationToken: ct));
        return new NetworkPlanUse((long)row.AllocatedCents, (long)row.EarmarkedCents, (long)row.SpentCents, (long)row.SpentFreeCents);
    }

    /// <summary>Resources, Network-plan use and themes of a year with the budget rules applied (<see cref="BudgetResources"/>).</summary>
    public async Task<BudgetResources> BudgetResourcesAsync(int year, CancellationToken ct = default) =>
        BudgetResources.From(await ResourcesAsync(year, ct), await NetworkPlanAsync(year, ct), await ThemesAsync(year, ct));

    /// <summary>Budgeted, committed and paid per investment theme.</summary>
    public async Task<IReadOnlyList<ThemeSpending>> ThemesAsync(int year, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var rows = await connection.QueryAsync<(long Theme, string Name, decimal BudgetedCents, decimal CommittedCents, decimal PaidCents)>(
            new CommandDefinition(warehouse.Sql("budget.themes"), new { Year = year }, cancellationToken: ct));
        return rows.Select(r => new ThemeSpending((int)r.Theme, r.Name, (long)r.BudgetedCents, (long)r.CommittedCents, (long)r.PaidCents)).ToList();
    }
}

/// <summary>One theme's budget lines, commitments and payments of a year, in cents.</summary>
public sealed record ThemeSpending(int Theme, string Name, long BudgetedCents, long CommittedCents, long PaidCents);

/// <summary>How a year's Network-plan money is used, in cents: allocated to budget lines, earmarked (co-financing), paid, and paid outside earmarks.</summary>
public sealed record NetworkPlanUse(long AllocatedCents, long EarmarkedCents, long SpentCents, long SpentFreeCents);
