namespace DutchTechZone.Database.Loaders;

/// <summary>A CBS topic of any table as a measure (<c>dim_measure</c>), with its topic group and table title.</summary>
public sealed record RegionalMeasureRecord(
    string TableId, string TopicKey, string CbsKey, string Title, string? Unit, int? Decimals, string? TopicGroup, string? TableTitle, string? Datatype);

/// <summary>A CBS period code with its type (<c>jaar</c>, <c>kwartaal</c>, <c>maand</c>, <c>overig</c>) and date range.</summary>
public sealed record RegionalPeriodRecord(string Period, string PeriodType, DateOnly PeriodStart, DateOnly PeriodEnd);

/// <summary>
/// One cell, keyed by the dimension keys of this load. <paramref name="Value"/> is null when CBS has no value (never 0);
/// <paramref name="ValueSymbol"/> says why when CBS said so; <paramref name="ValueText"/> holds a String topic's text.
/// </summary>
public readonly record struct RegionalFigureCell(
    int MeasureKey, int RegionKey, int CategoryKey, int PeriodKey, decimal? Value, string? ValueSymbol, string? ValueText, string? CbsStatus);
