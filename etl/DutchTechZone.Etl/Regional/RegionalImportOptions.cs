namespace DutchTechZone.Etl.Regional;

/// <summary>Settings of the regional-figures import (<c>Regional</c> section).</summary>
public sealed class RegionalImportOptions
{
    /// <summary>The configured catalogue: one descriptor per CBS table.</summary>
    public List<CbsTableDescriptor> Catalogue { get; set; } = [];

    /// <summary>The municipal division per year: one "Gebieden in Nederland &lt;year&gt;" table per year (<c>dim_region_membership</c>).</summary>
    public List<Regions.RegionMembershipTable> Membership { get; set; } = [];

    /// <summary>Partner municipalities (flagged in dim_region when CBS names them first).</summary>
    public List<string> PartnerCodes { get; set; } = [];

    /// <summary>Cells per staging batch (one bulk copy). The default is 20,000.</summary>
    public int BatchSize { get; set; } = 20_000;

    /// <summary>Region codes per CBS request; larger lists are split (long OR-lists fail at CBS). The default is 20.</summary>
    public int RegionsPerRequest { get; set; } = 20;

    /// <summary>How often an interrupted pull is resumed from its failed page. The default is 2.</summary>
    public int MaxResumes { get; set; } = 2;

    /// <summary>How long to wait before resuming an interrupted pull. The default is 30 seconds.</summary>
    public TimeSpan ResumeDelay { get; set; } = TimeSpan.FromSeconds(30);
}
