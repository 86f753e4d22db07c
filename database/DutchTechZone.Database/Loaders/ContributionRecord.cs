namespace DutchTechZone.Database.Loaders;

/// <summary>A computed municipal contribution (<c>fact_contribution</c>). Money in cents.</summary>
public sealed record ContributionRecord(
    int Year, string CbsCode, string Status, DateOnly ReferenceDate, long Inhabitants, long RateCents,
    long AmountCents, long? SettlementCents, string CbsStatus, long SourceKey);
