using DutchTechZone.Etl.Spreadsheets;
using static DutchTechZone.Tests.Spreadsheets.SpreadsheetAssert;

namespace DutchTechZone.Tests.Spreadsheets;

/// <summary>Values the warehouse cannot hold are reader errors, not database failures later.</summary>
public sealed class WarehouseLimitsTests : IDisposable
{
    private static readonly object?[] MiddelenHeader = ["Jaar", "Financieringsbron", "Gemeente", "Bedrag", "Toelichting"];
    private static readonly object?[] BegrotingHeader = ["Jaar", "Thema", "Activiteit", "Financieringsbron", "Bedrag", "Toelichting"];
    private static readonly object?[] RealisatieHeader = ["Datum", "Partner", "Thema", "Activiteit", "Omschrijving", "Kenmerk", "Status", "Bedrag"];
    private static readonly object?[] CapaciteitHeader = ["Periode", "Partner", "Partnertype", "Uren", "Uurtarief"];
    private static readonly object?[] IndicatorenHeader = ["Periode", "Indicator", "Gemeente", "Waarde", "Streefwaarde", "Eenheid"];
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_limits_are_those_of_the_warehouse()
    {
        Assert.Equal(new DateOnly(2000, 1, 1), WarehouseLimits.FirstDate);
        Assert.Equal(new DateOnly(2040, 12, 31), WarehouseLimits.LastDate);
        Assert.Equal(400, WarehouseLimits.MaxTextLength);
        Assert.Equal(1_000_000_000_000m, WarehouseLimits.MaxAmount);
        Assert.Equal(4, WarehouseLimits.MaxIndicatorDecimals);
        Assert.Equal(10_000_000_000m, WarehouseLimits.MaxIndicatorValue);
    }

    [Fact]
    public void Dates_outside_the_warehouse_date_table_are_located_errors_and_its_first_and_last_day_load()
    {
        var path = new TestWorkbook().Sheet("Realisatie", RealisatieHeader,
            [new DateOnly(2000, 1, 1), "P", 1, "A", null, "K1", "Betaald", 1m],
            ["31-12-2040", "P", 1, "A", null, "K2", "Betaald", 1m],
            [new DateOnly(1999, 12, 31), "P", 1, "A", null, "K3", "Betaald", 1m],
            ["1-1-2041", "P", 1, "A", null, "K4", "Betaald", 1m],
            [2026, "P", 1, "A", null, "K5", "Betaald", 1m]).Save(_temp.File("r.xlsx"));

        var result = Reader().Read(path);

        Assert.Equal(3, result.Errors.Count);
        var early = SingleError(result, "Realisatie", 4, "A (Datum)");
        Assert.Equal("31-12-1999", early.Value);
        Assert.Contains("1-1-2000 tot en met 31-12-2040", early.Message, StringComparison.Ordinal);
        Assert.Equal("1-1-2041", SingleError(result, "Realisatie", 5, "A (Datum)").Value);
        var number = SingleError(result, "Realisatie", 6, "A (Datum)");
        Assert.Equal("2026", number.Value);
        Assert.Contains("18-7-1905", number.Message, StringComparison.Ordinal);
        Assert.Contains("datumnummer", number.Message, StringComparison.Ordinal);
        Assert.Equal([new DateOnly(2000, 1, 1), new DateOnly(2040, 12, 31)], result.RowsOf<RealisatieRow>().Select(r => r.Date));
    }

    [Fact]
    public void A_number_in_a_date_column_of_a_1904_workbook_is_read_in_the_1904_date_system()
    {
        var serial1904 = new DateOnly(2026, 3, 15).DayNumber - new DateOnly(1904, 1, 1).DayNumber;
        var path = new TestWorkbook().Date1904().Sheet("Realisatie", RealisatieHeader,
            [serial1904, "P", 1, "A", null, "K1", "Betaald", 1m]).Save(_temp.File("mac.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal(new DateOnly(2026, 3, 15), Assert.Single(result.RowsOf<RealisatieRow>()).Date);
    }

    [Fact]
    public void Periods_that_do_not_lie_inside_the_warehouse_date_table_are_errors()
    {
        var path = new TestWorkbook()
            .Sheet("Capaciteit", CapaciteitHeader,
                ["2040-K4", "P", "Overheid", 1, null],
                ["2041", "P", "Overheid", 1, null],
                ["2041-01", "P", "Overheid", 1, null],
                [new DateOnly(2041, 3, 1), "P", "Overheid", 1, null])
            .Sheet("Indicatoren", IndicatorenHeader,
                ["2000", "Bedrijven", null, 1, null, null],
                ["2099-K1", "Bedrijven", null, 1, null, null]).Save(_temp.File("p.xlsx"));

        var result = Reader().Read(path);

        Assert.Equal(4, result.Errors.Count);
        var year = SingleError(result, "Capaciteit", 3, "A (Periode)");
        Assert.Equal("2041", year.Value);
        Assert.Contains("1-1-2000 tot en met 31-12-2040", year.Message, StringComparison.Ordinal);
        Assert.Equal("2041-01", SingleError(result, "Capaciteit", 4, "A (Periode)").Value);
        SingleError(result, "Capaciteit", 5, "A (Periode)");
        Assert.Equal("2099-K1", SingleError(result, "Indicatoren", 3, "A (Periode)").Value);
        Assert.Equal("2040-K4", Assert.Single(result.RowsOf<CapaciteitRow>()).Period.Text);
        Assert.Equal("2000", Assert.Single(result.RowsOf<IndicatorRow>()).Period.Text);
    }

    [Fact]
    public void Text_longer_than_400_characters_is_an_error_in_every_text_column()
    {
        var ok = new string('a', 400);
        var tooLong = new string('b', 401);
        var path = new TestWorkbook()
            .Sheet("Begroting", BegrotingHeader,
                [2026, 1, ok, "Overig", 1m, ok],
                [2026, 1, tooLong, "Overig", 1m, null],
                [2026, 1, "A", "Overig", 1m, tooLong],
                [2026, 1, "A", tooLong, 1m, null])
            .Sheet("Realisatie", RealisatieHeader,
                ["1-1-2026", tooLong, 1, "A", tooLong, tooLong, "Betaald", 1m])
            .Sheet("Indicatoren", IndicatorenHeader,
                ["2026", tooLong, null, 1, null, tooLong]).Save(_temp.File("t.xlsx"));

        var result = Reader().Read(path);

        var activity = SingleError(result, "Begroting", 3, "C (Activiteit)");
        Assert.Contains("401 tekens", activity.Message, StringComparison.Ordinal);
        Assert.Contains("400", activity.Message, StringComparison.Ordinal);
        SingleError(result, "Begroting", 4, "F (Toelichting)");
        Assert.Contains("400 tekens", SingleError(result, "Begroting", 5, "D (Financieringsbron)").Message, StringComparison.Ordinal);
        SingleError(result, "Realisatie", 2, "B (Partner)");
        SingleError(result, "Realisatie", 2, "E (Omschrijving)");
        SingleError(result, "Realisatie", 2, "F (Kenmerk)");
        SingleError(result, "Indicatoren", 2, "B (Indicator)");
        SingleError(result, "Indicatoren", 2, "F (Eenheid)");
        Assert.Equal(8, result.Errors.Count);
        Assert.Equal(ok, Assert.Single(result.RowsOf<BegrotingRow>()).Activity);
    }

    [Fact]
    public void Amounts_beyond_the_warehouse_maximum_are_errors()
    {
        var path = new TestWorkbook()
            .Sheet("Middelen", MiddelenHeader,
                [2026, "Overig", null, "1.000.000.000.000", null],
                [2026, "Overig", null, "-1.000.000.000.000", null],
                [2026, "Overig", null, "1.000.000.000.000,01", null],
                [2026, "Overig", null, 2e15, null],
                [2026, "Overig", null, "€-1.000.000.000.001", null])
            .Sheet("Capaciteit", CapaciteitHeader,
                ["2026", "P", "Overheid", 1, "1.000.000.000.001"]).Save(_temp.File("a.xlsx"));

        var result = Reader().Read(path);

        var error = SingleError(result, "Middelen", 4, "D (Bedrag)");
        Assert.Equal("1.000.000.000.000,01", error.Value);
        Assert.Contains("1.000.000.000.000", error.Message, StringComparison.Ordinal);
        SingleError(result, "Middelen", 5, "D (Bedrag)");
        SingleError(result, "Middelen", 6, "D (Bedrag)");
        SingleError(result, "Capaciteit", 2, "E (Uurtarief)");
        Assert.Equal(4, result.Errors.Count);
        Assert.Equal(0m, result.RowsOf<MiddelenRow>().Sum(r => r.Amount));
    }

    [Fact]
    public void Hours_beyond_a_million_or_with_more_than_two_decimals_are_errors()
    {
        var path = new TestWorkbook().Sheet("Capaciteit", CapaciteitHeader,
            ["2026", "P", "Overheid", "1.000.000", null],
            ["2026", "Q", "Overheid", "1.000.000,01", null],
            ["2026", "R", "Overheid", 12.125m, null]).Save(_temp.File("u.xlsx"));

        var result = Reader().Read(path);

        Assert.Contains("1.000.000", SingleError(result, "Capaciteit", 3, "D (Uren)").Message, StringComparison.Ordinal);
        Assert.Contains("2 decimalen", SingleError(result, "Capaciteit", 4, "D (Uren)").Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(1_000_000m, Assert.Single(result.RowsOf<CapaciteitRow>()).Hours);
    }

    [Fact]
    public void Indicator_values_with_more_than_four_decimals_or_beyond_the_maximum_are_errors()
    {
        var path = new TestWorkbook().Sheet("Indicatoren", IndicatorenHeader,
            ["2026", "A", null, "1,2345", "-10.000.000.000", null],
            ["2026", "B", null, "1,23456", null, null],
            ["2026", "C", null, 1, "10.000.000.001", null],
            ["2026", "D", null, 0.000001, null, null]).Save(_temp.File("i.xlsx"));

        var result = Reader().Read(path);

        Assert.Contains("4 decimalen", SingleError(result, "Indicatoren", 3, "D (Waarde)").Message, StringComparison.Ordinal);
        Assert.Contains("10.000.000.000", SingleError(result, "Indicatoren", 4, "E (Streefwaarde)").Message, StringComparison.Ordinal);
        SingleError(result, "Indicatoren", 5, "D (Waarde)");
        Assert.Equal(3, result.Errors.Count);
        var row = Assert.Single(result.RowsOf<IndicatorRow>());
        Assert.Equal((1.2345m, -10_000_000_000m), (row.Value, row.Target!.Value));
    }
}
