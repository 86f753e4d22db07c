using DutchTechZone.Etl.Spreadsheets;
using static DutchTechZone.Tests.Spreadsheets.SpreadsheetAssert;

namespace DutchTechZone.Tests.Spreadsheets;

/// <summary>Two sheets of one template in one file must not deliver the same replacement key twice (double counting).</summary>
public sealed class CopiedSheetsTests : IDisposable
{
    private static readonly object?[] BegrotingHeader = ["Jaar", "Thema", "Activiteit", "Financieringsbron", "Bedrag", "Toelichting"];
    private static readonly object?[] RealisatieHeader = ["Datum", "Partner", "Thema", "Activiteit", "Omschrijving", "Kenmerk", "Status", "Bedrag"];
    private static readonly object?[] CapaciteitHeader = ["Periode", "Partner", "Partnertype", "Uren", "Uurtarief"];
    private static readonly object?[] IndicatorenHeader = ["Periode", "Indicator", "Gemeente", "Waarde", "Streefwaarde", "Eenheid"];
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_copied_Begroting_sheet_is_an_error_on_every_row_of_the_copy_naming_the_original_sheet()
    {
        object?[][] rows =
        [
            BegrotingHeader,
            [2026, 1, "Koplopers", "Overig", 100m, null],
            [2026, 2, "Talent", "Overig", 200m, null],
        ];
        var path = new TestWorkbook().Sheet("Begroting", rows).Sheet("Begroting (2)", rows).Save(_temp.File("b.xlsx"));

        var result = Reader().Read(path);

        Assert.Equal(2, result.Errors.Count);
        var error = SingleError(result, "Begroting (2)", 2, "A (Jaar)");
        Assert.Equal("2026", error.Value);
        Assert.Equal("Blad 'Begroting (2)' bevat opnieuw gegevens voor jaar 2026, die al in blad 'Begroting' staan; lever elk gegeven één keer aan", error.Message);
        SingleError(result, "Begroting (2)", 3, "A (Jaar)");
    }

    [Fact]
    public void Two_sheets_of_one_template_with_different_replacement_keys_load_both()
    {
        var path = new TestWorkbook()
            .Sheet("Middelen", ["Jaar", "Financieringsbron", "Bedrag"], [2026, "Overig", 1m])
            .Sheet("Middelen 2027", ["Jaar", "Financieringsbron", "Bedrag"], [2027, "Overig", 2m])
            .Sheet("Realisatie", RealisatieHeader, ["1-2-2026", "Gemeente Emmen", 1, "A", null, "F-1", "Betaald", 1m])
            .Sheet("Realisatie Hoogeveen", RealisatieHeader,
                ["1-2-2026", "Gemeente Hoogeveen", 1, "A", null, "F-1", "Betaald", 1m],
                ["1-2-2027", "Gemeente Emmen", 1, "A", null, "F-1", "Betaald", 1m])
            .Sheet("Indicatoren", IndicatorenHeader, ["2026", "Bedrijven", null, 1, null, null])
            .Sheet("Indicatoren per gemeente", IndicatorenHeader, ["2026", "Bedrijven", "Emmen", 1, null, null])
            .Save(_temp.File("ok.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal(3m, result.RowsOf<MiddelenRow>().Sum(r => r.Amount));
        Assert.Equal(3, result.RowsOf<RealisatieRow>().Count);
        Assert.Equal(2, result.RowsOf<IndicatorRow>().Count);
    }

    [Fact]
    public void Realisatie_Capaciteit_and_Indicatoren_copies_are_matched_on_their_keys_ignoring_case_and_accents()
    {
        var path = new TestWorkbook()
            .Sheet("Realisatie", RealisatieHeader, ["1-2-2026", "Café Zoë", 1, "A", null, "F-1", "Betaald", 1m])
            .Sheet("Realisatie (2)", RealisatieHeader, ["30-11-2026", "cafe zoe", 1, "A", null, "F-2", "Betaald", 1m])
            .Sheet("Capaciteit", CapaciteitHeader, ["2026-K1", "Drenthe College", "Onderwijs", 10, null])
            .Sheet("Capaciteit (2)", CapaciteitHeader,
                ["2026-Q1", "DRENTHE COLLEGE", "Onderwijs", 10, null],
                ["2026-K2", "Drenthe College", "Onderwijs", 10, null])
            .Sheet("Indicatoren", IndicatorenHeader, ["2026", "Bedrijven", "Emmen", 1, null, null])
            .Sheet("Indicatoren (2)", IndicatorenHeader, ["2026", "bedrijven", "GM0114", 2, null, null])
            .Save(_temp.File("k.xlsx"));

        var result = Reader().Read(path);

        Assert.Equal(3, result.Errors.Count);
        var spending = SingleError(result, "Realisatie (2)", 2, "B (Partner)");
        Assert.Equal("Blad 'Realisatie (2)' bevat opnieuw gegevens voor partner cafe zoe in jaar 2026, die al in blad 'Realisatie' staan; lever elk gegeven één keer aan", spending.Message);
        Assert.Contains("periode 2026-K1", SingleError(result, "Capaciteit (2)", 2, "B (Partner)").Message, StringComparison.Ordinal);
        var indicator = SingleError(result, "Indicatoren (2)", 2, "B (Indicator)");
        Assert.Contains("blad 'Indicatoren'", indicator.Message, StringComparison.Ordinal);
        Assert.Contains("GM0114", indicator.Message, StringComparison.Ordinal);
    }
}
