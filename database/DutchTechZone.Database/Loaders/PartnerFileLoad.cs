namespace DutchTechZone.Database.Loaders;

/// <summary>The rows of one validated partner file, loaded in one transaction. Money in cents.</summary>
public sealed record PartnerFileLoad(
    long ImportId,
    FileSourceRecord Source,
    IReadOnlyList<FundingRecord> Funding,
    IReadOnlyList<BudgetLineRecord> BudgetLines,
    IReadOnlyList<SpendingRecord> Spending,
    IReadOnlyList<CapacityRecord> Capacity,
    IReadOnlyList<IndicatorRecord> Indicators)
{
    /// <summary>All rows of the file.</summary>
    public int RowCount => Funding.Count + BudgetLines.Count + Spending.Count + Capacity.Count + Indicators.Count;

    /// <summary>The total of the file's amounts in cents (funding, budget lines, spending, capacity value): what the reconciliation check compares.</summary>
    public long AmountTotalCents => Funding.Sum(f => f.AmountCents) + BudgetLines.Sum(b => b.AmountCents) + Spending.Sum(s => s.AmountCents)
                                    + Capacity.Sum(c => c.ValueCents ?? 0);
}

/// <summary>Lineage of a delivered file: name, SHA-256 of its bytes, when it was received.</summary>
public sealed record FileSourceRecord(string FileName, string ContentHash, DateTimeOffset ReceivedAt);

/// <summary>A <c>Middelen</c> row (replacement key: year).</summary>
public sealed record FundingRecord(int Year, string FundingSource, string? CbsCode, long AmountCents, string? Note, int SourceRow, string? SourceSheet = null);

/// <summary>A <c>Begroting</c> row (replacement key: year).</summary>
/// <param name="Earmarked">Earmarked money (Begroting column Geoormerkt), such as co-financing paid from the Network plan.</param>
public sealed record BudgetLineRecord(int Year, int Theme, string Activity, string FundingSource, long AmountCents, string? Note, int SourceRow, string? SourceSheet = null, bool Earmarked = false);

/// <summary>A <c>Realisatie</c> row (replacement key: partner + year of the date).</summary>
public sealed record SpendingRecord(DateOnly Date, string Partner, int Theme, string Activity, string? Description, string Reference, string Status, long AmountCents, int SourceRow, string? SourceSheet = null);

/// <summary>A <c>Capaciteit</c> row (replacement key: partner + period).</summary>
public sealed record CapacityRecord(string Period, DateOnly Start, DateOnly End, string Partner, string PartnerType, decimal Hours, long? HourlyRateCents, long? ValueCents, int SourceRow, string? SourceSheet = null);

/// <summary>An <c>Indicatoren</c> row (replacement key: indicator + period + municipality).</summary>
public sealed record IndicatorRecord(string Period, DateOnly Start, DateOnly End, string Indicator, string? CbsCode, decimal Value, decimal? Target, string? Unit, int SourceRow, string? SourceSheet = null);
