namespace DutchTechZone.Etl.Checks;

/// <summary>
/// One data test: an SQL statement <c>check.&lt;Name&gt;</c> per dialect whose every row names a failing row.
/// </summary>
/// <param name="Category">unique | not_null | relationship | accepted_values | reconciliation | freshness.</param>
/// <param name="FailsAs"><c>fail</c> or <c>warn</c>: the status when rows fail.</param>
/// <param name="Description">What the check promises, in Dutch.</param>
public sealed record DataCheck(string Name, string Category, string FailsAs, string Description);
