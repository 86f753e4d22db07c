namespace DutchTechZone.Reports.Model;

/// <summary>
/// Everything the board report shows, read from the warehouse (euros exact to the cent). The renderers (HTML, PDF,
/// xlsx) only format this model; they never read the warehouse themselves.
/// </summary>
/// <param name="Year">The budget year: the period's year.</param>
/// <param name="RenderedAt">When the model was read (UTC).</param>
public sealed record BoardReport(
    ReportPeriod Period,
    int Year,
    DateTimeOffset RenderedAt,
    ResourceSummary Resources,
    IReadOnlyList<ContributionRow> Contributions,
    NetworkPlanRow NetworkPlan,
    IReadOnlyList<ThemeRow> Themes,
    IReadOnlyList<PopulationPoint> Population,
    RegionalFigures Regional,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<ImportFreshness> Imports,
    IReadOnlyList<RejectedFile> Rejections,
    IReadOnlyList<CbsSource> PopulationSources,
    IReadOnlyList<FileSource> FileSources)
{
    /// <summary>True when the year's contributions have not been computed yet (no current rows in <c>rpt_contribution</c>).</summary>
    public bool HasContributions => Contributions.Count > 0;

    /// <summary>"voorlopig" while any contribution is provisional, "definitief" once all are.</summary>
    public string ContributionStatus => Contributions.Count > 0 && Contributions.All(c => c.IsDefinitive) ? "definitief" : "voorlopig";

    /// <summary>The files of a kind (funding, budget, spending, indicator) the figures rest on.</summary>
    public IReadOnlyList<FileSource> FilesOf(string kind) => FileSources.Where(f => f.Kind == kind).ToList();
}

/// <summary>The year's money: contributions + carry-over + other resources = total available (the Network plan is separate).</summary>
public sealed record ResourceSummary(decimal ContributionsTotal, decimal CarryOver, decimal OtherResources, decimal TotalAvailable);

/// <summary>One municipality's current contribution (<c>rpt_contribution.is_current</c>).</summary>
public sealed record ContributionRow(
    string CbsCode,
    string Municipality,
    string Status,
    DateOnly ReferenceDate,
    long Inhabitants,
    decimal Rate,
    decimal Amount,
    decimal? Settlement,
    string CbsStatus,
    string Source)
{
    public bool IsDefinitive => Status == "definitive";

    /// <summary>"voorlopig" / "definitief".</summary>
    public string DutchStatus => IsDefinitive ? "definitief" : "voorlopig";
}

/// <summary>The Netwerk- en Verbindingsplan of the year (same rules as <c>dtz budget</c>).</summary>
public sealed record NetworkPlanRow(decimal Budgeted, decimal Reserved, decimal Earmarked, decimal Spent, decimal Free, decimal Allocated);

/// <summary>Budget vs committed vs paid for one theme; free = budgeted − committed − paid.</summary>
public sealed record ThemeRow(int Theme, string Name, decimal Budgeted, decimal Committed, decimal Paid, decimal Free);

/// <summary>One population count of a partner municipality (<c>rpt_population</c>).</summary>
public sealed record PopulationPoint(string CbsCode, string Municipality, DateOnly ReferenceDate, long Inhabitants, string TableId, string CbsStatus);

/// <summary>One success indicator in one period (<c>rpt_indicator</c>).</summary>
public sealed record IndicatorRow(
    string Indicator,
    string Period,
    DateOnly PeriodEnd,
    string? Municipality,
    decimal Value,
    decimal? Target,
    string? Unit,
    string SourceFile);

/// <summary>The last successful load of a CBS table or a delivered file (<c>etl_import</c>).</summary>
public sealed record ImportFreshness(string Kind, string Name, string? Origin, long RowsWritten, DateTimeOffset? LoadedAt, DateTimeOffset? CheckedAt, DateTimeOffset? CbsModified);

/// <summary>A rejected delivery (<c>etl_import</c> + <c>etl_rejection</c>).</summary>
public sealed record RejectedFile(string FileName, DateTimeOffset? RejectedAt, int Errors, string? FirstError);

/// <summary>A CBS table the population figures come from, with its CBS Modified stamp.</summary>
public sealed record CbsSource(string TableId, string Origin, DateTimeOffset? Modified, DateTimeOffset? LoadedAt);

/// <summary>A delivered file figures come from; kind: funding | budget | spending | indicator.</summary>
public sealed record FileSource(string Kind, string FileName, DateTimeOffset? ReceivedAt);
