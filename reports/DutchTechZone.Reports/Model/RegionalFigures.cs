namespace DutchTechZone.Reports.Model;

/// <summary>
/// Key regional figures (<c>rpt_regional_figure</c>, <c>rpt_region</c>): the latest value of each measure for the partner
/// municipalities and their COROP areas, provinces and the Netherlands. Empty until the regional figures are loaded.
/// </summary>
public sealed record RegionalFigures(IReadOnlyList<RegionalMeasure> Measures, IReadOnlyList<RegionalRegion> Regions, IReadOnlyList<RegionalValue> Values)
{
    public static RegionalFigures None { get; } = new([], [], []);

    public bool IsEmpty => Values.Count == 0;

    public RegionalValue? ValueOf(string cbsCode, string measure) =>
        Values.FirstOrDefault(v => v.CbsCode == cbsCode && v.Measure == measure);
}

/// <summary>A measure shown, with the CBS table, its period and its Modified stamp.</summary>
public sealed record RegionalMeasure(string Measure, string Title, string? Unit, int Decimals, string TableId, string Period, DateTimeOffset? SourceModified);

/// <summary>A region in the comparison, in display order (gemeente, corop, provincie, land).</summary>
public sealed record RegionalRegion(string CbsCode, string Name, string Level);

/// <summary>One cell.</summary>
public sealed record RegionalValue(string CbsCode, string Measure, decimal Value);
