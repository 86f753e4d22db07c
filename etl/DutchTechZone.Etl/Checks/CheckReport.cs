namespace DutchTechZone.Etl.Checks;

/// <summary>A check run as stored in <c>etl_check_run</c>/<c>etl_check</c> and printed by <c>dtz check</c>.</summary>
/// <param name="Status"><c>fail</c> when any check failed, else <c>warn</c> when any warned, else <c>pass</c>.</param>
public sealed record CheckReport(long RunId, DateTimeOffset CheckedAt, string Status, IReadOnlyList<CheckOutcome> Checks)
{
    public int Passed => Checks.Count(c => c.Status == "pass");

    public int Warned => Checks.Count(c => c.Status == "warn");

    public int Failed => Checks.Count(c => c.Status == "fail");

    /// <summary>The result of the named check.</summary>
    public CheckOutcome this[string name] => Checks.Single(c => c.Name == name);
}
