using DutchTechZone.Database.Loaders;

namespace DutchTechZone.Etl.Budget;

/// <summary>
/// A recorded change of a stored contribution as <c>dtz budget</c> shows it: before, after (euros), why, when, and
/// whether it was applied (false: the amount was invoiced and stays; the difference is settled, not rewritten).
/// </summary>
/// <param name="Reason">cbs_revision, rate_change, reference_date, amount or source (comma-separated when several).</param>
public sealed record ContributionChangeSummary(
    string CbsCode,
    string Municipality,
    string Status,
    string Reason,
    bool Applied,
    DateOnly BeforeReferenceDate,
    long BeforeInhabitants,
    decimal BeforeRate,
    decimal BeforeAmount,
    string BeforeCbsStatus,
    DateOnly AfterReferenceDate,
    long AfterInhabitants,
    decimal AfterRate,
    decimal AfterAmount,
    string AfterCbsStatus,
    DateTimeOffset ChangedAt)
{
    public static ContributionChangeSummary From(ContributionChange c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.CbsCode, c.Municipality, c.Status, c.Reason, c.Applied,
            c.BeforeReferenceDate, c.BeforeInhabitants, Euros(c.BeforeRateCents), Euros(c.BeforeAmountCents), c.BeforeCbsStatus,
            c.AfterReferenceDate, c.AfterInhabitants, Euros(c.AfterRateCents), Euros(c.AfterAmountCents), c.AfterCbsStatus, c.ChangedAt);
    }

    private static decimal Euros(long cents) => decimal.Round(cents / 100m, 2) + 0.00m;
}
