namespace DutchTechZone.Database.Loaders;

/// <summary>Everything one population pull writes, in one transaction.</summary>
public sealed record PopulationLoad(
    long ImportId,
    CbsSourceRecord Source,
    IReadOnlyList<RegionRecord> Regions,
    IReadOnlyList<MeasureRecord> Measures,
    IEnumerable<PopulationRecord> Rows,
    string? RequestFingerprint = null);

/// <summary>A region as CBS names it.</summary>
public sealed record RegionRecord(string CbsCode, string Name, string RegionType, bool IsPartner);

/// <summary>A CBS topic (<c>dim_measure</c>).</summary>
/// <param name="CountsAt"><c>start_of_day</c> or <c>end_of_day</c>: when on its reference date a population count is taken.</param>
public sealed record MeasureRecord(string TableId, string TopicKey, string CbsKey, string Title, string? Unit, int? Decimals, string? CountsAt);

/// <summary>One population count: region, reference date, topic, inhabitants, CBS period and its status.</summary>
public sealed record PopulationRecord(string CbsCode, string TableId, string TopicKey, DateOnly ReferenceDate, long Inhabitants, string CbsPeriod, string CbsStatus);
