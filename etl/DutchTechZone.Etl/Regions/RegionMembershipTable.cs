namespace DutchTechZone.Etl.Regions;

/// <summary>
/// One year of the municipal division, by configuration (<c>Regional:Membership</c> or a programme file): the CBS table
/// "Gebieden in Nederland &lt;year&gt;" of that year (CBS issues a new table id every year, e.g. 85067NED for 2022,
/// 85755NED for 2024). Its columns are found by topic group and title, not by key: CBS renumbers the keys every year
/// (<c>Code_28</c>, <c>Naam_29</c> for the provinces in 2024).
/// </summary>
public sealed class RegionMembershipTable
{
    /// <summary>The year of the division (the municipalities of 1 January of that year).</summary>
    public int Year { get; set; }

    /// <summary>The CBS table id (<c>85755NED</c>).</summary>
    public string TableId { get; set; } = string.Empty;

    /// <summary>The topic group of the municipality's own code and name.</summary>
    public string MunicipalityGroup { get; set; } = "Codes en namen van gemeenten";

    /// <summary>The topic group of the COROP area's code and name.</summary>
    public string CoropGroup { get; set; } = "COROP-gebieden";

    /// <summary>The topic group of the province's code and name.</summary>
    public string ProvinceGroup { get; set; } = "Provincies";

    /// <summary>The title of a group's code topic.</summary>
    public string CodeTitle { get; set; } = "Code";

    /// <summary>The title of a group's name topic.</summary>
    public string NameTitle { get; set; } = "Naam";
}
