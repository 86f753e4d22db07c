namespace DutchTechZone.Etl.Budget;

/// <summary>Budget settings per year (configuration section <c>Budget</c>).</summary>
public sealed class BudgetOptions
{
    /// <summary>Settings per budget year; a year without an entry has no rate and cannot be computed.</summary>
    public Dictionary<int, BudgetYearOptions> Years { get; set; } = [];
}

/// <summary>The settings of one budget year.</summary>
public sealed class BudgetYearOptions
{
    /// <summary>Contribution per inhabitant in euros, in whole cents (Jaarplan 2026: 1.00).</summary>
    public decimal Rate { get; set; }

    /// <summary>
    /// The reference date of the provisional contribution, fixed when the budget was adopted (2026: 2025-09-30).
    /// When null, the latest month-end before 1 January that CBS has published is used.
    /// </summary>
    public DateOnly? ProvisionalReferenceDate { get; set; }
}
