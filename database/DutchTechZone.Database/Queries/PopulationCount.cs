namespace DutchTechZone.Database.Queries;

/// <summary>A population count as the budget rules read it from the warehouse.</summary>
/// <param name="AmountCents">For a stored (frozen) provisional contribution: the amount invoiced; null for a CBS count.</param>
/// <param name="RateCents">For a stored (frozen) provisional contribution: the rate it was invoiced at; null for a CBS count.</param>
public sealed record PopulationCount(
    string CbsCode,
    string Municipality,
    DateOnly ReferenceDate,
    string? CountsAt,
    string TableId,
    long Inhabitants,
    string CbsStatus,
    string CbsPeriod,
    string Origin,
    long SourceKey,
    DateTimeOffset LoadedAt,
    long? AmountCents = null,
    long? RateCents = null);
