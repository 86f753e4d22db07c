namespace DutchTechZone.Database.Loaders;

/// <summary>
/// A recorded change of a stored contribution (<c>etl_contribution_change</c>): before, after, why, when, and whether
/// it was applied. Not applied: the stored amount was invoiced (frozen) and stays. Money in cents.
/// </summary>
/// <param name="Reason">cbs_revision, rate_change, reference_date, source (comma-separated when several).</param>
public sealed record ContributionChange(
    string CbsCode, string Municipality, string Status, string Reason, bool Applied,
    DateOnly BeforeReferenceDate, long BeforeInhabitants, long BeforeRateCents, long BeforeAmountCents, string BeforeCbsStatus,
    DateOnly AfterReferenceDate, long AfterInhabitants, long AfterRateCents, long AfterAmountCents, string AfterCbsStatus,
    DateTimeOffset ChangedAt);
