using System.Text;
using DutchTechZone.Etl.Spreadsheets;
using static DutchTechZone.Tests.Spreadsheets.SpreadsheetAssert;

namespace DutchTechZone.Tests.Spreadsheets;

public sealed class ReadingErrorsTests : IDisposable
{
    private static readonly object?[] MiddelenHeader = ["Jaar", "Financieringsbron", "Gemeente", "Bedrag", "Toelichting"];
    private static readonly object?[] RealisatieHeader = ["Datum", "Partner", "Thema", "Activiteit", "Omschrijving", "Kenmerk", "Status", "Bedrag"];
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_non_Dutch_or_ambiguous_amount_is_a_located_error_and_all_of_them_are_listed()
    {
        var path = new TestWorkbook().Sheet("Middelen", MiddelenHeader,
            [2026, "Overig", null, "1,234.56"],
            [2026, "Overig", null, "1.234.5"],
            [2026, "Overig", null, "12,345,678"],
            [2026, "Overig", null, "abc"],
            [2026, "Overig", null, "1,234"],
            [2026, "Overig", null, 12.345m],
            [2026, "Overig", null, "1.234,56"]).Save(_temp.File("bedragen.xlsx"));

        var result = Reader().Read(path);

        Assert.Equal(6, result.Errors.Count);
        var first = SingleError(result, "Middelen", 2, "D (Bedrag)");
        Assert.Equal("bedragen.xlsx", first.File);
        Assert.Equal("1,234.56", first.Value);
        Assert.Equal("Bedrag is geen bedrag in Nederlandse notatie (bijvoorbeeld 1.234,56)", first.Message);
        Assert.Equal("1.234.5", SingleError(result, "Middelen", 3, "D (Bedrag)").Value);
        Assert.Equal("12,345,678", SingleError(result, "Middelen", 4, "D (Bedrag)").Value);
        Assert.Equal("abc", SingleError(result, "Middelen", 5, "D (Bedrag)").Value);
        Assert.Contains("meer dan 2 decimalen", SingleError(result, "Middelen", 6, "D (Bedrag)").Message, StringComparison.Ordinal);
        Assert.Contains("meer dan 2 decimalen", SingleError(result, "Middelen", 7, "D (Bedrag)").Message, StringComparison.Ordinal);
        Assert.Equal(1234.56m, Assert.Single(result.RowsOf<MiddelenRow>()).Amount);
    }

    [Fact]
    public void Years_funding_sources_and_municipalities_outside_the_contract_are_errors()
    {
        var path = new TestWorkbook().Sheet("Middelen", MiddelenHeader,
            ["26", "Overig", null, 1m],
            [1999, "Overig", null, 1m],
            [2026, "Subsidie", null, 1m],
            [2026, "Gemeentelijke bijdrage", null, 1m],
            [2026, "Overig", "Assen", 1m]).Save(_temp.File("m.xlsx"));

        var result = Reader().Read(path);

        Assert.Equal(5, result.Errors.Count);
        Assert.Contains("jaartal", SingleError(result, "Middelen", 2, "A (Jaar)").Message, StringComparison.Ordinal);
        Assert.Equal("1999", SingleError(result, "Middelen", 3, "A (Jaar)").Value);
        Assert.Contains("Overgebleven middelen", SingleError(result, "Middelen", 4, "B (Financieringsbron)").Message, StringComparison.Ordinal);
        Assert.Contains("CBS", SingleError(result, "Middelen", 5, "B (Financieringsbron)").Message, StringComparison.Ordinal);
        var municipality = SingleError(result, "Middelen", 6, "C (Gemeente)");
        Assert.Equal("Assen", municipality.Value);
        Assert.Contains("partnergemeente", municipality.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_dates_themes_statuses_empty_required_cells_and_Excel_errors_are_located()
    {
        var path = new TestWorkbook().Sheet("Realisatie", RealisatieHeader,
            ["31-2-2025", "P", 1, "A", null, "K1", "Betaald", 1m],
            ["2025/09/30", "P", 5, "A", null, "K2", "Gefactureerd", 1m],
            [new DateOnly(2026, 1, 5), "P", "Sport", "A", null, "K3", "Betaald", new ExcelError("#REF!")],
            [new DateOnly(2026, 1, 5), null, 1, "A", null, "K4", "Betaald", new ExcelError("#DIV/0!")],
            [new DateOnly(2026, 1, 5), "P", 1, "A", null, "K5", "Betaald", true]).Save(_temp.File("r.xlsx"));

        var result = Reader().Read(path);

        Assert.Equal("31-2-2025", SingleError(result, "Realisatie", 2, "A (Datum)").Value);
        Assert.Contains("geen geldige datum", SingleError(result, "Realisatie", 3, "A (Datum)").Message, StringComparison.Ordinal);
        Assert.Contains("1 tot en met 4", SingleError(result, "Realisatie", 3, "C (Thema)").Message, StringComparison.Ordinal);
        Assert.Contains("Verplicht of Betaald", SingleError(result, "Realisatie", 3, "G (Status)").Message, StringComparison.Ordinal);
        Assert.Equal("Sport", SingleError(result, "Realisatie", 4, "C (Thema)").Value);
        var reference = SingleError(result, "Realisatie", 4, "H (Bedrag)");
        Assert.Equal("#REF!", reference.Value);
        Assert.Contains("Excel-fout", reference.Message, StringComparison.Ordinal);
        Assert.Equal("#DIV/0!", SingleError(result, "Realisatie", 5, "H (Bedrag)").Value);
        Assert.Equal("Partner is verplicht maar leeg", SingleError(result, "Realisatie", 5, "B (Partner)").Message);
        Assert.Equal("WAAR", SingleError(result, "Realisatie", 6, "H (Bedrag)").Value);
        Assert.Equal(9, result.Errors.Count);
        Assert.Empty(result.RowsOf<RealisatieRow>());
    }

    [Fact]
    public void A_duplicate_Kenmerk_of_one_partner_is_an_error_naming_both_rows_but_other_partners_may_reuse_it()
    {
        var path = new TestWorkbook().Sheet("Realisatie", RealisatieHeader,
            ["1-2-2026", "Gemeente Emmen", 1, "A", null, "F-1", "Betaald", 1m],
            ["1-2-2026", "Gemeente Hoogeveen", 1, "A", null, "F-1", "Betaald", 1m],
            ["2-2-2026", "gemeente emmen", 1, "A", null, "F-1", "Verplicht", 2m]).Save(_temp.File("r.xlsx"));

        var result = Reader().Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((4, "F (Kenmerk)", "F-1"), (error.Row, error.Column, error.Value));
        Assert.Contains("rij 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("rij 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_periods_partner_types_and_negative_hours_are_errors()
    {
        var path = new TestWorkbook().Sheet("Capaciteit",
            ["Periode", "Partner", "Partnertype", "Uren", "Uurtarief"],
            ["2026-13", "P", "Overheid", 1, null],
            ["2026-K5", "P", "Bedrijf", 1, null],
            ["Q1 2026", "P", "Overheid", -3, "1,234.5"]).Save(_temp.File("c.xlsx"));

        var result = Reader().Read(path);

        Assert.Equal("2026-13", SingleError(result, "Capaciteit", 2, "A (Periode)").Value);
        Assert.Equal("2026-K5", SingleError(result, "Capaciteit", 3, "A (Periode)").Value);
        Assert.Contains("Innovatie-ecosysteem", SingleError(result, "Capaciteit", 3, "C (Partnertype)").Message, StringComparison.Ordinal);
        Assert.Equal("Q1 2026", SingleError(result, "Capaciteit", 4, "A (Periode)").Value);
        Assert.Contains("negatief", SingleError(result, "Capaciteit", 4, "D (Uren)").Message, StringComparison.Ordinal);
        Assert.Equal("1,234.5", SingleError(result, "Capaciteit", 4, "E (Uurtarief)").Value);
        Assert.Equal(6, result.Errors.Count);
    }

    [Fact]
    public void A_missing_required_column_rejects_the_sheet_with_an_error_naming_the_column()
    {
        var path = new TestWorkbook().Sheet("Begroting",
            ["Jaar", "Thema", "Financieringsbron", "Bedrag"],
            [2026, 1, "Overig", 5m]).Save(_temp.File("b.xlsx"));

        var result = Reader().Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Begroting", 1, "Activiteit"), (error.Sheet, error.Row, error.Column));
        Assert.Contains("Verplichte kolom Activiteit ontbreekt", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Sheets);
    }

    [Fact]
    public void A_column_that_appears_twice_is_an_error()
    {
        var path = new TestWorkbook().Sheet("Middelen", ["Jaar", "Financieringsbron", "Bedrag", "bedrag"], [2026, "Overig", 5m, 6m]).Save(_temp.File("d.xlsx"));

        var error = Assert.Single(Reader().Read(path).Errors);

        Assert.Equal((1, "D (Bedrag)"), (error.Row, error.Column));
        Assert.Contains("twee keer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Totaal_row_that_does_not_match_the_sum_is_an_error()
    {
        var path = new TestWorkbook().Sheet("Middelen", MiddelenHeader,
            [2026, "Overig", null, 100m],
            [2026, "Cofinanciering", null, "200,50"],
            ["Totaal", null, null, "300,00"]).Save(_temp.File("t.xlsx"));

        var result = Reader().Read(path);

        var error = SingleError(result, "Middelen", 4, "D (Bedrag)");
        Assert.Equal("300,00", error.Value);
        Assert.Contains("300,00", error.Message, StringComparison.Ordinal);
        Assert.Contains("300,50", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void A_Totaal_row_with_data_below_it_is_an_error()
    {
        var path = new TestWorkbook().Sheet("Middelen", MiddelenHeader,
            [2026, "Overig", null, 100m],
            ["Totaal", null, null, 100m],
            [2026, "Overig", null, 1m]).Save(_temp.File("t.xlsx"));

        var result = Reader().Read(path);

        Assert.Contains("niet onderaan", SingleError(result, "Middelen", 3, null).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CSV_errors_name_the_file_as_sheet_and_the_line_as_Excel_shows_it()
    {
        var csv = "Jaar;Financieringsbron;Bedrag\n\n2026;Overig;1.234,56\n2026;Overig;1,234.56\n";
        var path = _temp.WriteText("middelen-2026.csv", csv, new UTF8Encoding(false));

        var result = Reader().Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("middelen-2026.csv", "middelen-2026", 4, "C (Bedrag)", "1,234.56"), (error.File, error.Sheet, error.Row, error.Column, error.Value));
    }

    [Fact]
    public void Errors_of_a_claimed_copy_name_the_delivered_file_and_its_sheet()
    {
        var csv = "Jaar;Financieringsbron;Bedrag\n2026;Overig;1,234.56\n";
        var path = _temp.WriteText("claim-550a5df29ccb__Middelen_fout.csv", csv, new UTF8Encoding(false));

        var result = Reader().Read(path, "Middelen_fout.csv");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Middelen_fout.csv", "Middelen_fout", 2, "C (Bedrag)"), (error.File, error.Sheet, error.Row, error.Column));
        Assert.Equal("Middelen_fout.csv", result.FileName);
    }

    [Fact]
    public void A_claimed_workbook_read_under_its_delivered_name_loads_under_that_name()
    {
        var path = new TestWorkbook().Sheet("Middelen", MiddelenHeader, [2026, "Overig", null, 5m]).Save(_temp.File("claim-1__m.xlsx"));

        var result = Reader().Read(path, "m.xlsx");

        Valid(result);
        Assert.Equal("m.xlsx", result.FileName);
        Assert.Equal("Middelen", Assert.Single(result.Sheets).SheetName);
    }

    [Fact]
    public void A_comma_CSV_with_an_unquoted_Dutch_decimal_is_an_error_not_a_guess()
    {
        var path = _temp.WriteText("m.csv", "Jaar,Financieringsbron,Bedrag\n2026,Overig,1.234,56\n", new UTF8Encoding(false));

        var result = Reader().Read(path);

        var error = SingleError(result, "m", 2, "D");
        Assert.Equal("56", error.Value);
        Assert.Contains("geen kolomnaam", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.RowsOf<MiddelenRow>());
    }

    [Fact]
    public void A_CSV_whose_header_matches_no_template_is_rejected()
    {
        var path = _temp.WriteText("x.csv", "Naam;Adres;Woonplaats\nA;B;C\n", new UTF8Encoding(false));

        var error = Assert.Single(Reader().Read(path).Errors);

        Assert.Equal("x", error.Sheet);
        Assert.Contains("niet herkend", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_without_any_template_sheet_is_rejected()
    {
        var path = new TestWorkbook().Sheet("Blad1", ["Naam", "Adres"], ["a", "b"]).Save(_temp.File("x.xlsx"));

        var error = FileError(Reader().Read(path));

        Assert.Contains("geen blad volgens een sjabloon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_with_more_rows_than_the_limit_is_an_error()
    {
        var rows = new List<object?[]> { new object?[] { "Jaar", "Financieringsbron", "Bedrag" } };
        rows.AddRange(Enumerable.Range(0, 6).Select(_ => new object?[] { 2026, "Overig", 1m }));
        var path = new TestWorkbook().Sheet("Middelen", [.. rows]).Save(_temp.File("big.xlsx"));

        var result = Reader(new SpreadsheetLimits { MaxRows = 5 }).Read(path);

        Assert.Contains("meer dan 5 rijen", SingleError(result, "Middelen", 7, null).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_message_is_Dutch_and_the_error_prints_as_one_report_line()
    {
        var path = new TestWorkbook().Sheet("Middelen", MiddelenHeader, [2026, "Overig", null, "abc"]).Save(_temp.File("m.xlsx"));

        var error = Assert.Single(Reader().Read(path).Errors);

        Assert.Equal("m.xlsx, blad Middelen, rij 2, kolom D (Bedrag), waarde 'abc': Bedrag is geen bedrag in Nederlandse notatie (bijvoorbeeld 1.234,56)", error.ToString());
    }
}
