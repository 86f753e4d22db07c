namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// The canonical funding source (financieringsbron) names and their lookup. <see cref="GemeentelijkeBijdrage"/> is
/// computed from CBS and therefore only valid as the source of a budget line (<c>Begroting</c>), never as a delivered resource.
/// </summary>
public static class FundingSources
{
    /// <summary>The municipal contribution (only in Begroting).</summary>
    public const string GemeentelijkeBijdrage = "Gemeentelijke bijdrage";

    /// <summary>Carry-over of the previous year.</summary>
    public const string OvergeblevenMiddelen = "Overgebleven middelen";

    /// <summary>The Network- and Connection plan money for the year.</summary>
    public const string NetwerkEnVerbindingsplan = "Netwerk- en Verbindingsplan";

    /// <summary>The Network-plan money reserved for coming years.</summary>
    public const string NetwerkEnVerbindingsplanReservering = "Netwerk- en Verbindingsplan reservering";

    /// <summary>Money that partners add.</summary>
    public const string Cofinanciering = "Cofinanciering";

    /// <summary>Anything else.</summary>
    public const string Overig = "Overig";

    /// <summary>All six names, in the order of the contract.</summary>
    public static IReadOnlyList<string> All { get; } =
        [GemeentelijkeBijdrage, OvergeblevenMiddelen, NetwerkEnVerbindingsplan, NetwerkEnVerbindingsplanReservering, Cofinanciering, Overig];

    /// <summary>The names allowed in the given template (Middelen: all but Gemeentelijke bijdrage).</summary>
    public static IReadOnlyList<string> AllowedIn(TemplateKind kind) =>
        kind == TemplateKind.Middelen ? All.Where(n => n != GemeentelijkeBijdrage).ToList() : All;

    /// <summary>Finds the canonical name for <paramref name="text"/> (case-, accent-, hyphen- and space-insensitive).</summary>
    public static bool TryFind(string? text, out string canonical)
    {
        var key = NameKey.Of(text);
        canonical = All.FirstOrDefault(n => NameKey.Of(n) == key) ?? string.Empty;
        return canonical.Length > 0;
    }
}
