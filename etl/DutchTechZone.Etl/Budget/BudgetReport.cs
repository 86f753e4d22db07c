namespace DutchTechZone.Etl.Budget;

/// <summary>
/// The budget of one year as <c>dtz budget --json</c> prints it: contributions per municipality and the
/// available resources. Amounts in euros, exact to the cent.
/// </summary>
/// <param name="Status"><c>provisional</c> while any contribution is provisional, else <c>definitive</c>.</param>
/// <param name="ReferenceDate">The reference date all contributions share; null when they differ.</param>
/// <param name="Source"><c>CBS</c>, or <c>bundled sample</c> when the figures come from the bundled snapshot.</param>
public sealed record BudgetReport(
    int Year,
    decimal Rate,
    string Status,
    DateOnly? ReferenceDate,
    string Source,
    IReadOnlyList<ContributionLine> Contributions,
    decimal ContributionsTotal,
    decimal CarryOver,
    decimal TotalAvailable);
