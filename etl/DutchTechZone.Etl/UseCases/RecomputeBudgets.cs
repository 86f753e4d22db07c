using DutchTechZone.Etl.Budget;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.UseCases;

/// <summary>
/// Use case: compute (and store) the contributions of budget years. <see cref="ExecuteAsync"/> recomputes every
/// configured year and reports a year without population figures as such; <see cref="ComputeYearAsync"/> computes
/// one year and lets <see cref="BudgetUnavailableException"/> through for the caller to report.
/// </summary>
public sealed class RecomputeBudgets(BudgetCalculator calculator, BudgetOptions options, ILogger<RecomputeBudgets> logger)
{
    public Task<BudgetReport> ComputeYearAsync(int year, CancellationToken ct = default) => calculator.ComputeAsync(year, ct);

    public async Task<BudgetRecomputeOutcome> ExecuteAsync(CancellationToken ct = default)
    {
        var years = new List<YearBudget>();
        foreach (var year in options.Years.Keys.Order())
        {
            try
            {
                years.Add(new YearBudget(year, await calculator.ComputeAsync(year, ct), null));
            }
            catch (BudgetUnavailableException e)
            {
                logger.LogWarning("Budget {Year} not computed: {Reason}", year, e.Message);
                years.Add(new YearBudget(year, null, e.Message));
            }
        }

        return new BudgetRecomputeOutcome(years);
    }
}

/// <summary>The budgets recomputed in one run.</summary>
public sealed record BudgetRecomputeOutcome(IReadOnlyList<YearBudget> Years);

/// <summary>One year's budget, or why it could not be computed.</summary>
public sealed record YearBudget(int Year, BudgetReport? Report, string? Unavailable);
