namespace DutchTechZone.Etl.Budget;

/// <summary>
/// The budget of one year as <c>dtz budget --json</c> prints it: contributions per municipality, the available
/// resources, the Network- and Connection plan, and spending against budget per theme. Euros, exact to the cent.
/// </summary>
/// <param name="Status"><c>provisional</c> while any contribution is provisional, else <c>definitive</c>.</param>
/// <param name="ReferenceDate">The reference date all contributions share; null when they differ.</param>
/// <param name="Source"><c>CBS</c>, or <c>bundled sample</c> when the figures come from the bundled snapshot.</param>
/// <param name="CarryOver">Overgebleven middelen of the previous year (template Middelen).</param>
/// <param name="OtherResources">Co-financing and other money partners add (template Middelen).</param>
/// <param name="Changes">Every recorded change of the year's stored contributions (no silent change), oldest first.</param>
/// <param name="TotalAvailable">Contributions + carry-over + other resources; the Network plan is separate money.</param>
public sealed record BudgetReport(
    int Year,
    decimal Rate,
    string Status,
    DateOnly? ReferenceDate,
    string Source,
    IReadOnlyList<ContributionLine> Contributions,
    decimal ContributionsTotal,
    decimal CarryOver,
    decimal OtherResources,
    decimal TotalAvailable,
    NetworkPlanSummary NetworkPlan,
    IReadOnlyList<ThemeSummary> Themes,
    IReadOnlyList<ContributionChangeSummary> Changes);

/// <summary>
/// The year's Network- and Connection plan money (budget.md §2): budgeted (Middelen), reserved for later years,
/// earmarked (co-financing lines paid from it, such as Samen Sterker), spent (payments on lines paid from it),
/// still free (budgeted − earmarked − payments outside the earmarks), and allocated (all budget lines paid from it).
/// </summary>
public sealed record NetworkPlanSummary(decimal Budgeted, decimal Reserved, decimal Earmarked, decimal Spent, decimal Free, decimal Allocated);

/// <summary>Budget vs committed vs paid for one investment theme; free = budgeted − committed − paid.</summary>
public sealed record ThemeSummary(int Theme, string Name, decimal Budgeted, decimal Committed, decimal Paid, decimal Free);
