using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Etl.Population;

/// <summary>What the population import pulls.</summary>
public sealed class PopulationImportOptions
{
    /// <summary>The municipalities to import. The default is the five partners.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; set; } = PartnerMunicipalities.Default;

    /// <summary>The first year to import. The default (null) is three years before the current year.</summary>
    public int? FromYear { get; set; }

    /// <summary>How often an interrupted pull is resumed from its failed page within one run. The default is 2.</summary>
    public int MaxResumes { get; set; } = 2;

    /// <summary>How long to wait before resuming an interrupted pull. The default is 30 seconds.</summary>
    public TimeSpan ResumeDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The regional catalogue: a population table that is in it is pulled once, with the catalogue's topics and regions
    /// too (its cells land in fact_regional_figure), and the regional run leaves it out. The default is none.
    /// </summary>
    public IReadOnlyList<Regional.CbsTableDescriptor> Catalogue { get; set; } = [];

    /// <summary>The tables to import. The default is 37230ned and 03759ned.</summary>
    public IReadOnlyList<PopulationTable> Tables { get; set; } = PopulationTable.All;
}
