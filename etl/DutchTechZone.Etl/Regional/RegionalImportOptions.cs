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

    // Resuming an interrupted pull is no regional setting: Cbs:MaxResumes and Cbs:ResumeDelay (CbsOptions, read from
    // the CbsFeedClient) govern every CBS pull.
}
