namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// The content of the bundled sample files: the Jaarplan 2026 figures (budget.md §2) and realistic lines per theme.
/// <see cref="Generate"/> writes them as xlsx; the files in this folder were made with it and are embedded.
/// </summary>
internal static class SampleWorkbooks
{
    private const string Gb = FundingSources.GemeentelijkeBijdrage;
    private const string Om = FundingSources.OvergeblevenMiddelen;
    private const string Nvp = FundingSources.NetwerkEnVerbindingsplan;

    public static IReadOnlyList<(string FileName, TemplateKind Kind, IReadOnlyList<object?[]> Rows)> All { get; } =
    [
        ("Middelen_2026.xlsx", TemplateKind.Middelen,
        [
            [2026, Om, null, 45_870m, "Overgebleven middelen 2025"],
            [2026, Nvp, null, 125_000m, "Voor 2026 begroot, waarvan € 30.000 als cofinanciering voor Samen Sterker"],
            [2026, FundingSources.NetwerkEnVerbindingsplanReservering, null, 307_266m, "Reservering komende jaren; waarvan € 30.000 in 2027 cofinanciering Samen Sterker"],
        ]),
        ("Begroting_2026.xlsx", TemplateKind.Begroting,
        [
            [2026, 1, "Koplopersprogramma en mkb-peloton", Gb, 90_000m, "Begeleiding koplopers en mkb-bedrijven", "Nee"],
            [2026, 1, "Innovatievouchers mkb", Om, 20_000m, null, "Nee"],
            [2026, 2, "Techniekpact en doorlopende leerlijnen", Gb, 70_000m, null, "Nee"],
            [2026, 2, "Cofinanciering Samen Sterker", Nvp, 30_000m, "Cofinanciering uit het Netwerk- en Verbindingsplan", "Ja"],
            [2026, 3, "Regiomarketing en profilering maakregio", Gb, 60_000m, null, "Nee"],
            [2026, 3, "Netwerkbijeenkomsten en evenementen", Nvp, 55_000m, "Verbinden van partijen in de regio", "Nee"],
            [2026, 4, "Vestigingsklimaat maakindustrie", Gb, 72_398m, null, "Nee"],
            [2026, 4, "Innovatie-infrastructuur als één netwerk", Nvp, 40_000m, null, "Nee"],
            [2026, 4, "Programmabureau en ondersteuning", Om, 25_870m, null, "Nee"],
            ["Totaal", null, null, null, 463_268m, null, null],
        ]),
        ("Realisatie_2026.xlsx", TemplateKind.Realisatie,
        [
            [new DateOnly(2026, 2, 12), "Gemeente Emmen", 1, "Koplopersprogramma en mkb-peloton", "Opdracht begeleiding koplopers", "DTZ-2026-001", "Verplicht", 45_000m],
            [new DateOnly(2026, 3, 31), "Gemeente Emmen", 1, "Koplopersprogramma en mkb-peloton", "Eerste termijn begeleiding", "DTZ-2026-002", "Betaald", 15_000m],
            [new DateOnly(2026, 4, 20), "Gemeente Hoogeveen", 2, "Cofinanciering Samen Sterker", "Bijdrage Samen Sterker 2026", "HGV-0426", "Verplicht", 30_000m],
            [new DateOnly(2026, 5, 14), "Gemeente Coevorden", 3, "Netwerkbijeenkomsten en evenementen", "Zaalhuur en catering regiodag", "COE-2026-17", "Betaald", 4_312.50m],
            [new DateOnly(2026, 6, 2), "Gemeente Hardenberg", 4, "Vestigingsklimaat maakindustrie", "Onderzoek bedrijventerreinen", "HB-2026-088", "Verplicht", 18_750m],
        ]),
        ("Capaciteit_2026.xlsx", TemplateKind.Capaciteit,
        [
            ["2026-K1", "Gemeente Emmen", "Overheid", 240m, 85m],
            ["2026-K1", "Gemeente Borger-Odoorn", "Overheid", 96m, 85m],
            ["2026-K1", "Techniekbedrijf Noord", "Ondernemers", 64.5m, 110m],
            ["2026-K1", "Drenthe College", "Onderwijs", 120m, null],
            ["2026-K1", "Hogeschool Windesheim", "Kennisinstelling", 80m, 95m],
            ["2026-K1", "Innovatiehuis Drenthe", "Innovatie-ecosysteem", 40m, null],
        ]),
        ("Indicatoren_2026.xlsx", TemplateKind.Indicatoren,
        [
            ["2026", "Ondernemers, onderwijs en overheid die handelen naar de koers", null, 42m, 50m, "aantal organisaties"],
            ["2026", "Gezamenlijke projecten van overheid, ondernemers, onderwijs en innovatie-ecosysteem", null, 9m, 12m, "aantal projecten"],
            ["2026", "Innovatievoorzieningen die als één netwerk samenwerken", null, 6m, 8m, "aantal voorzieningen"],
            ["2026-K2", "Jongeren in techniekonderwijs", "Emmen", 18.5m, 20m, "procent"],
            ["2026", "Landelijke en grensoverschrijdende media-aandacht als circulaire, slimme maakregio", null, 25m, 30m, "aantal publicaties"],
        ]),
    ];

    /// <summary>Writes every sample into <paramref name="outDir"/> and returns the paths.</summary>
    public static IReadOnlyList<string> Generate(string outDir)
    {
        Directory.CreateDirectory(outDir);
        var paths = new List<string>();
        foreach (var (fileName, kind, rows) in All)
        {
            var path = Path.Combine(outDir, fileName);
            TemplateWorkbookWriter.Write(path, kind, rows);
            paths.Add(path);
        }

        return paths;
    }
}
