using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Etl.Population;

/// <summary>What the population import pulls.</summary>
public sealed class PopulationImportOptions
{
    /// <summary>The municipalities to import. The default is the five partners.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; set; } = PartnerMunicipalities.Default;

    /// <summary>The first year to import. The default (null) is three years before the current year.</summary>
    public int? FromYear { get; set; }

    /// <summary>
    /// The regional catalogue: a population table that is in it is pulled once, with the catalogue's topics and regions
    /// too (its cells land in fact_regional_figure), and the regional run leaves it out. The default is none.
    /// </summary>
    public IReadOnlyList<Regional.CbsTableDescriptor> Catalogue { get; set; } = [];

    /// <summary>The tables to import. The default is 37230ned and 03759ned.</summary>
    public IReadOnlyList<PopulationTable> Tables { get; set; } = PopulationTable.All;
}
