namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>The five templates of spreadsheets.md with their columns (required marked) and Dutch column notes.</summary>
internal static class TemplateCatalog
{
    private const string AmountNote = "Bedrag in euro's, op de cent: een getal (bijvoorbeeld 1.234,56). Geen tekst erachter.";

    public static IReadOnlyList<TemplateDefinition> All { get; } =
    [
        new(TemplateKind.Middelen,
        [
            new("Jaar", true, ColumnValueKind.Year, "Het jaar waarvoor de middelen beschikbaar zijn, 4 cijfers (bijvoorbeeld 2026)."),
            new("Financieringsbron", true, ColumnValueKind.FundingSource, "Kies uit de lijst: Overgebleven middelen, Netwerk- en Verbindingsplan, Netwerk- en Verbindingsplan reservering, Cofinanciering of Overig. De gemeentelijke bijdrage wordt berekend en hoort hier niet."),
            new("Gemeente", false, ColumnValueKind.Municipality, "Optioneel: de gemeente waar het geld vandaan komt (naam of CBS-code, bijvoorbeeld Emmen of GM0114)."),
            new("Bedrag", true, ColumnValueKind.Amount, AmountNote),
            new("Toelichting", false, ColumnValueKind.Text, "Optioneel: een korte toelichting."),
        ]),
        new(TemplateKind.Begroting,
        [
            new("Jaar", true, ColumnValueKind.Year, "Het begrotingsjaar, 4 cijfers (bijvoorbeeld 2026)."),
            new("Thema", true, ColumnValueKind.Theme, "Het investeringsthema: kies uit de lijst of vul het nummer 1 tot en met 4 in."),
            new("Activiteit", true, ColumnValueKind.Text, "De naam van de activiteit (begrotingsregel)."),
            new("Financieringsbron", true, ColumnValueKind.FundingSource, "Uit welke middelen de regel betaald wordt: kies uit de lijst (ook Gemeentelijke bijdrage)."),
            new("Bedrag", true, ColumnValueKind.Amount, AmountNote),
            new("Toelichting", false, ColumnValueKind.Text, "Optioneel: een korte toelichting."),
            new(BegrotingRowParser.Geoormerkt, false, ColumnValueKind.YesNo, "Ja als de regel geoormerkt geld is, zoals cofinanciering (Samen Sterker) uit het Netwerk- en Verbindingsplan; anders Nee (leeg telt als Nee)."),
        ]),
        new(TemplateKind.Realisatie,
        [
            new("Datum", true, ColumnValueKind.Date, "Datum van de verplichting of betaling, bijvoorbeeld 30-9-2026."),
            new("Partner", true, ColumnValueKind.Text, "De partner die de verplichting aangaat of betaalt."),
            new("Thema", true, ColumnValueKind.Theme, "Het investeringsthema: kies uit de lijst of vul het nummer 1 tot en met 4 in."),
            new("Activiteit", true, ColumnValueKind.Text, "De activiteit uit de begroting."),
            new("Omschrijving", false, ColumnValueKind.Text, "Optioneel: wat er gekocht of betaald is."),
            new("Kenmerk", true, ColumnValueKind.Text, "Uw eigen kenmerk (factuur- of ordernummer); uniek per partner binnen het bestand."),
            new("Status", true, ColumnValueKind.Status, "Verplicht (toegezegd, nog niet betaald) of Betaald."),
            new("Bedrag", true, ColumnValueKind.Amount, AmountNote),
        ]),
        new(TemplateKind.Capaciteit,
        [
            new("Periode", true, ColumnValueKind.Period, "Jaar (2026), maand (2026-03) of kwartaal (2026-K1)."),
            new("Partner", true, ColumnValueKind.Text, "De partner die mensen beschikbaar stelt."),
            new("Partnertype", true, ColumnValueKind.PartnerType, "Kies uit de lijst: Overheid, Ondernemers, Onderwijs, Kennisinstelling of Innovatie-ecosysteem."),
            new("Uren", true, ColumnValueKind.Hours, "Het aantal uren dat om niet is ingezet (bijvoorbeeld 12,5)."),
            new("Uurtarief", false, ColumnValueKind.Amount, "Optioneel: het uurtarief in euro's om de uren te waarderen."),
        ]),
        new(TemplateKind.Indicatoren,
        [
            new("Periode", true, ColumnValueKind.Period, "Jaar (2026), maand (2026-03) of kwartaal (2026-K1)."),
            new("Indicator", true, ColumnValueKind.Text, "De naam van de indicator (succescriterium uit het Jaarplan)."),
            new("Gemeente", false, ColumnValueKind.Municipality, "Optioneel: de gemeente waarvoor de waarde geldt (naam of CBS-code). Leeg = de hele regio."),
            new("Waarde", true, ColumnValueKind.Number, "De gemeten waarde (een getal, bijvoorbeeld 12 of 3,5)."),
            new("Streefwaarde", false, ColumnValueKind.Number, "Optioneel: de streefwaarde voor de periode."),
            new("Eenheid", false, ColumnValueKind.Text, "Optioneel: de eenheid (bijvoorbeeld aantal, procent, euro)."),
        ]),
    ];

    public static TemplateDefinition Get(TemplateKind kind) => All[(int)kind];

    public static TemplateDefinition? FindBySheetName(string sheetName)
    {
        var key = NameKey.Of(sheetName);
        return All.FirstOrDefault(t => NameKey.Of(t.SheetName) == key);
    }
}
