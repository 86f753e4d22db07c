namespace DutchTechZone.Database.Queries;

/// <summary>
/// A budget year's resources besides the contributions, the Network-plan use and the themes, in euros — the one place
/// their rules live (free = budgeted − earmarked − paid outside earmarks; per theme free = budgeted − committed − paid),
/// so <c>dtz budget</c> and the board report cannot disagree.
/// </summary>
public sealed record BudgetResources(
    decimal CarryOver,
    decimal OtherResources,
    decimal NetworkBudgeted,
    decimal NetworkReserved,
    decimal NetworkEarmarked,
    decimal NetworkSpent,
    decimal NetworkFree,
    decimal NetworkAllocated,
    IReadOnlyList<BudgetTheme> Themes)
{
    /// <summary>Applies the rules to what the warehouse holds (cents).</summary>
    public static BudgetResources From(IReadOnlyDictionary<string, long> resources, NetworkPlanUse use, IReadOnlyList<ThemeSpending> themes)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(use);
        ArgumentNullException.ThrowIfNull(themes);
        var budgeted = Euros(resources.GetValueOrDefault("network_plan"));
        return new BudgetResources(
            Euros(resources.GetValueOrDefault("carry_over")),
            Euros(resources.GetValueOrDefault("co_financing") + resources.GetValueOrDefault("other")),
            budgeted,
            Euros(resources.GetValueOrDefault("network_plan_reserve")),
            Euros(use.EarmarkedCents),
            Euros(use.SpentCents),
            budgeted - Euros(use.EarmarkedCents) - Euros(use.SpentFreeCents),
            Euros(use.AllocatedCents),
            themes.Select(t => new BudgetTheme(
                t.Theme, t.Name, Euros(t.BudgetedCents), Euros(t.CommittedCents), Euros(t.PaidCents),
                Euros(t.BudgetedCents - t.CommittedCents - t.PaidCents))).ToList());
    }

    /// <summary>Cents as euros with two decimals (so JSON writes 45870.00).</summary>
    public static decimal Euros(long cents) => decimal.Round(cents / 100m, 2) + 0.00m;
}

/// <summary>One theme of a budget year, in euros.</summary>
public sealed record BudgetTheme(int Theme, string Name, decimal Budgeted, decimal Committed, decimal Paid, decimal Free);
