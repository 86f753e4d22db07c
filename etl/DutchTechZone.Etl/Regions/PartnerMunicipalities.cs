namespace DutchTechZone.Etl.Regions;

/// <summary>
/// The five partner municipalities of Dutch TechZone, the default set for imports and budgets.
/// Codes were checked against the CBS COROP listing (shared derived fixture): all five lie in
/// COROP areas 08 Zuidoost-Drenthe, 09 Zuidwest-Drenthe and 10 Noord-Overijssel.
/// </summary>
public static class PartnerMunicipalities
{
    /// <summary>Emmen, Borger-Odoorn, Coevorden, Hardenberg, Hoogeveen, in the Jaarplan's order.</summary>
    public static IReadOnlyList<Municipality> Default { get; } =
    [
        new("GM0114", "Emmen"),
        new("GM1681", "Borger-Odoorn"),
        new("GM0109", "Coevorden"),
        new("GM0160", "Hardenberg"),
        new("GM0118", "Hoogeveen"),
    ];
}
