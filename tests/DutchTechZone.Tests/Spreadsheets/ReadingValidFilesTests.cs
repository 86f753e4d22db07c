using System.Text;
using DutchTechZone.Etl.Spreadsheets;
using static DutchTechZone.Tests.Spreadsheets.SpreadsheetAssert;

namespace DutchTechZone.Tests.Spreadsheets;

public sealed class ReadingValidFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    static ReadingValidFilesTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_messy_but_valid_Middelen_sheet_loads_with_exact_sums()
    {
        var path = new TestWorkbook().Sheet("middelen",
            ["  BEDRAG ", "Toelichting", "Financieringsbron", "Gemeente", "jaar"],
            ["€ 45.870", "carry-over", "overgebleven middelen", null, 2026],
            [],
            [125000m, null, "Netwerk- en Verbindingsplan", "borger odoorn", "2026"],
            ["307.266,00", "waarvan € 30.000 in 2027", "netwerk en verbindingsplan RESERVERING", "GM0114", 2026],
            [new InlineText("1234,5"), null, "Cofinanciering", "Émmen", 2026],
            [new Formula("SUM(A1:A2)", 0.01), null, "Overig", null, 2026],
            [],
            ["Totaal: ", null, null, null, null]).Save(_temp.File("m.xlsx"));
        // the Totaal row above has no amount: no check, a warning
        var result = Reader().Read(path);

        Valid(result);
        var rows = result.RowsOf<MiddelenRow>();
        Assert.Equal([2, 4, 5, 6, 7], rows.Select(r => r.Row));
        Assert.Equal(45870m + 125000m + 307266m + 1234.5m + 0.01m, rows.Sum(r => r.Amount));
        Assert.Equal(FundingSources.NetwerkEnVerbindingsplanReservering, rows[2].FundingSource);
        Assert.Equal("GM1681", rows[1].MunicipalityCode);
        Assert.Equal("GM0114", rows[3].MunicipalityCode);
        Assert.Equal("waarvan € 30.000 in 2027", rows[2].Note);
        Assert.Contains(result.Warnings, w => w.Contains("Totaal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_correct_Totaal_row_is_checked_and_not_loaded_as_data()
    {
        var path = new TestWorkbook().Sheet("Begroting",
            ["Jaar", "Thema", "Activiteit", "Financieringsbron", "Bedrag"],
            [2026, 2, "Cofinanciering Samen Sterker", "Netwerk- en Verbindingsplan", "€ 30.000"],
            [2026, "investeren in opleiding en kennis", "Techniekpact", "Gemeentelijke bijdrage", 1234.56m],
            ["TOTAAL", null, null, null, "31.234,56"]).Save(_temp.File("b.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        var rows = result.RowsOf<BegrotingRow>();
        Assert.Equal(2, rows.Count);
        Assert.Equal(31234.56m, rows.Sum(r => r.Amount));
        Assert.All(rows, r => Assert.Equal(2, r.Theme));
    }

    [Fact]
    public void A_Totaal_row_is_recognised_when_the_amount_column_comes_before_the_label()
    {
        var path = new TestWorkbook().Sheet("Begroting",
            ["Bedrag", "Jaar", "Thema", "Activiteit", "Financieringsbron"],
            ["€ 30.000", 2026, 2, "Cofinanciering Samen Sterker", "Netwerk- en Verbindingsplan"],
            [1234.56m, 2026, 2, "Techniekpact", "Gemeentelijke bijdrage"],
            ["31.234,56", "Totaal", null, null, null]).Save(_temp.File("b2.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal(31234.56m, result.RowsOf<BegrotingRow>().Sum(r => r.Amount));
    }

    [Fact]
    public void A_Totaal_row_placed_before_the_amount_that_does_not_match_is_an_error()
    {
        var path = new TestWorkbook().Sheet("Begroting",
            ["Bedrag", "Jaar", "Thema", "Activiteit", "Financieringsbron"],
            ["€ 30.000", 2026, 2, "Cofinanciering Samen Sterker", "Netwerk- en Verbindingsplan"],
            ["40.000", "Totaal", null, null, null]).Save(_temp.File("b3.xlsx"));

        var result = Reader().Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Contains("klopt niet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Realisatie_accepts_date_cells_serial_numbers_and_Dutch_date_text()
    {
        var path = new TestWorkbook().Sheet("Blad1",
            ["Datum", "Partner", "Thema", "Activiteit", "Omschrijving", "Kenmerk", "Status", "Bedrag", "Opmerking intern"],
            [new DateOnly(2026, 3, 15), "Gemeente Emmen", 1, "Koplopers", "Inhuur", "F-001", "betaald", "€-45.870"],
            ["30-9-2025", "Gemeente Emmen", 1, "Koplopers", null, "F-002", "VERPLICHT", "-1.234,50"],
            ["30-09-2025", "Gemeente Emmen", 1, "Koplopers", null, "F-003", "Verplicht", "1.234"],
            ["2025-09-30", "Gemeente Emmen", 1, "Koplopers", null, "F-004", "Verplicht", 10m],
            [46096, "Hardenberg", 1, "Koplopers", null, "F-001", "Verplicht", 10m, "x"]).Save(_temp.File("r.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        var rows = result.RowsOf<RealisatieRow>();
        Assert.Equal(new DateOnly(2026, 3, 15), rows[0].Date);
        Assert.All(rows.Skip(1).Take(3), r => Assert.Equal(new DateOnly(2025, 9, 30), r.Date));
        Assert.Equal(new DateOnly(2026, 3, 15), rows[4].Date);
        Assert.Equal(SpendingStatus.Betaald, rows[0].Status);
        Assert.Equal(-45870m - 1234.5m + 1234m + 20m, rows.Sum(r => r.Amount));
        Assert.Equal(TemplateKind.Realisatie, Assert.Single(result.Sheets).Kind);
        Assert.Contains(result.Warnings, w => w.Contains("Opmerking intern", StringComparison.Ordinal));
    }

    [Fact]
    public void A_semicolon_CSV_in_Windows_1252_with_euro_sign_and_accents_loads()
    {
        var csv = "Periode;Partner;Partnertype;Uren;Uurtarief\r\n" +
                  "2026-K1;Café Zoë;Ondernemers;12,5;€ 95,00\r\n" +
                  ";;;;\r\n" +
                  "2026-03;Drenthe College;onderwijs;1.000;\r\n" +
                  "2026;Gemeente Coevorden;Overheid;\"7,25\";\r\n" +
                  "2026-q4;Kennispark;innovatie ecosysteem;0;\r\n" +
                  "Totaal;;;1.019,75;\r\n";
        var path = _temp.WriteText("capaciteit.csv", csv, Encoding.GetEncoding(1252));

        var result = Reader().Read(path);

        Valid(result);
        var sheet = Assert.Single(result.Sheets);
        Assert.Equal("capaciteit", sheet.SheetName);
        var rows = sheet.RowsOf<CapaciteitRow>();
        Assert.Equal(1019.75m, rows.Sum(r => r.Hours));
        Assert.Equal("Café Zoë", rows[0].Partner);
        Assert.Equal(95m, rows[0].HourlyRate);
        Assert.Equal(new Period("2026-K1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), rows[0].Period);
        Assert.Equal("2026-K4", rows[3].Period.Text);
        Assert.Equal(PartnerType.InnovatieEcosysteem, rows[3].PartnerType);
        Assert.Equal([2, 4, 5, 6], rows.Select(r => r.Row));
    }

    [Fact]
    public void A_comma_CSV_in_UTF8_with_BOM_loads_when_the_header_is_unambiguous()
    {
        var csv = "Periode,Indicator,Gemeente,Waarde,Streefwaarde,Eenheid\n" +
                  "2026,Bedrijven in koplopersprogramma,,12,15,aantal\n" +
                  "2026-K2,Leerlingen techniekonderwijs,Hoogeveen,\"3,5\",\"4,25\",procent\n";
        var path = _temp.WriteText("indicatoren.csv", csv, new UTF8Encoding(true));

        var result = Reader().Read(path);

        Valid(result);
        var rows = result.RowsOf<IndicatorRow>();
        Assert.Equal(2, rows.Count);
        Assert.Null(rows[0].MunicipalityCode);
        Assert.Equal("GM0118", rows[1].MunicipalityCode);
        Assert.Equal(3.5m, rows[1].Value);
        Assert.Equal(4.25m, rows[1].Target);
    }

    [Fact]
    public void A_UTF8_CSV_without_BOM_is_read_as_UTF8()
    {
        var path = _temp.WriteText("m.csv", "Jaar;Financieringsbron;Bedrag;Toelichting\n2026;Overig;1,00;reünie\n", new UTF8Encoding(false));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal("reünie", Assert.Single(result.RowsOf<MiddelenRow>()).Note);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_workbook_with_several_template_sheets_reads_each_and_ignores_other_sheets_with_a_warning()
    {
        var path = new TestWorkbook()
            .Sheet("Toelichting", ["Dit is uitleg"], ["nog meer"])
            .Sheet("Middelen", ["Jaar", "Financieringsbron", "Bedrag"], [2026, "Overig", 5m])
            .Sheet("Gegevens", ["Periode", "Indicator", "Waarde"], ["2026", "Bedrijven", 3])
            .Save(_temp.File("w.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal([TemplateKind.Middelen, TemplateKind.Indicatoren], result.Sheets.Select(s => s.Kind));
        Assert.Contains(result.Warnings, w => w.Contains("Toelichting", StringComparison.Ordinal) && w.Contains("genegeerd", StringComparison.Ordinal));
    }

    [Fact]
    public void Numeric_cells_are_converted_exactly_to_the_cent()
    {
        var path = new TestWorkbook().Sheet("Middelen",
            ["Jaar", "Financieringsbron", "Bedrag"],
            [2026, "Overig", new RawNumber(0.1 + 0.2)],
            [2026, "Overig", new RawNumber(1234.56)],
            [2026, "Overig", new RawNumber(307266)]).Save(_temp.File("n.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal([0.3m, 1234.56m, 307266m], result.RowsOf<MiddelenRow>().Select(r => r.Amount));
    }

    [Fact]
    public void Reading_from_a_non_seekable_stream_gives_the_same_rows()
    {
        var path = new TestWorkbook().Sheet("Middelen", ["Jaar", "Financieringsbron", "Bedrag"], [2026, "Overig", 5m]).Save(_temp.File("s.xlsx"));
        using var stream = new NonSeekableStream(File.ReadAllBytes(path));

        var result = Reader().Read(stream, "upload.xlsx");

        Valid(result);
        Assert.Equal("upload.xlsx", result.FileName);
        Assert.Equal(5m, Assert.Single(result.RowsOf<MiddelenRow>()).Amount);
    }

    [Fact]
    public void Headers_match_without_regard_to_case_accents_and_surrounding_spaces()
    {
        var path = new TestWorkbook().Sheet("Gegevens",
            [" JÁÁR ", "Financiëringsbron", "bedrág", "Toelíchting"],
            [2026, "Overig", "12,34", "ok"]).Save(_temp.File("h.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Empty(result.Warnings);
        Assert.Equal(new MiddelenRow(2, 2026, "Overig", null, 12.34m, "ok"), Assert.Single(result.RowsOf<MiddelenRow>()));
    }

    [Fact]
    public void A_hidden_sheet_that_is_no_template_is_ignored_with_a_warning()
    {
        var path = new TestWorkbook()
            .Sheet("Middelen", ["Jaar", "Financieringsbron", "Bedrag"], [2026, "Overig", 5m])
            .HiddenSheet("Hulp", ["Jaar", "Financieringsbron", "Bedrag"], [2026, "Onzin", "x"])
            .Save(_temp.File("h.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Contains(result.Warnings, w => w.Contains("Verborgen blad Hulp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Periode_that_Excel_turned_into_a_first_of_month_date_is_read_as_that_month()
    {
        var path = new TestWorkbook().Sheet("Indicatoren",
            ["Periode", "Indicator", "Waarde"],
            [new DateOnly(2026, 3, 1), "Bedrijven", 3],
            [2026, "Bedrijven", 4]).Save(_temp.File("p.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal(["2026-03", "2026"], result.RowsOf<IndicatorRow>().Select(r => r.Period.Text));
    }

    [Fact]
    public void Cancellation_stops_reading_with_an_OperationCanceledException()
    {
        var path = new TestWorkbook().Sheet("Middelen", ["Jaar", "Financieringsbron", "Bedrag"], [2026, "Overig", 5m]).Save(_temp.File("c.xlsx"));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Reader().Read(path, cts.Token));
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
