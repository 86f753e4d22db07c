namespace DutchTechZone.Database.Loaders;

/// <summary>A computed municipal contribution (<c>fact_contribution</c>). Money in cents.</summary>
/// <param name="CbsPeriod">The CBS period of the count (2025MM09), for lineage.</param>
/// <param name="Frozen">
/// Once stored, the row is what was invoiced (a provisional contribution of an adopted budget from CBS figures): it is
/// never overwritten; a later computation that differs is recorded in <c>etl_contribution_change</c> as not applied.
/// </param>
public sealed record ContributionRecord(
    int Year, string CbsCode, string Status, DateOnly ReferenceDate, long Inhabitants, long RateCents,
    long AmountCents, long? SettlementCents, string CbsStatus, long SourceKey, string? CbsPeriod = null, bool Frozen = false);
