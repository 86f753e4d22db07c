namespace DutchTechZone.Etl.Regional;

/// <summary>
/// What to import from one CBS StatLine table, by configuration (<c>Regional:Catalogue</c> or a programme file):
/// topics by key, key stem or title (default all); regions by code or level (default all); other dimensions at
/// their total (default), all categories, or named categories; optionally from a first year on.
/// </summary>
public sealed class CbsTableDescriptor
{
    /// <summary>Selection value of a dimension: its total category only.</summary>
    public const string Total = "total";

    /// <summary>Selection value of a dimension: every category.</summary>
    public const string All = "all";

    /// <summary>CBS table id, as CBS issues it (<c>37230ned</c>, <c>83582NED</c>).</summary>
    public string TableId { get; set; } = string.Empty;

    /// <summary>Topics by key (<c>Mannen_2</c>), key stem (<c>Mannen</c>) or title; empty = every topic.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>Region codes (<c>GM0114</c>, <c>CR08</c>, <c>NL01</c>); with <see cref="RegionLevels"/> empty too: every region.</summary>
    public List<string> RegionCodes { get; set; } = [];

    /// <summary>Region levels: <c>gemeente</c>, <c>corop</c>, <c>provincie</c>, <c>landsdeel</c>, <c>land</c>.</summary>
    public List<string> RegionLevels { get; set; } = [];

    /// <summary>Per other dimension (by key, e.g. <c>Geslacht</c>): <c>total</c>, <c>all</c> or category keys separated by commas.</summary>
    public Dictionary<string, string> Dimensions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a dimension not named in <see cref="Dimensions"/> gets: <c>total</c> (default) or <c>all</c>.</summary>
    public string OtherDimensions { get; set; } = Total;

    /// <summary>The first year to import; null = every period.</summary>
    public int? FromYear { get; set; }

    /// <summary>A table imported whole: every cell of every dimension (a table named on the command line that is not in the catalogue).</summary>
    public static CbsTableDescriptor Whole(string tableId) => new() { TableId = tableId, OtherDimensions = All };
}
