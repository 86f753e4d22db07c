using System.Text;
using DutchTechZone.Etl.Spreadsheets;
using static DutchTechZone.Tests.Spreadsheets.SpreadsheetAssert;

namespace DutchTechZone.Tests.Spreadsheets;

/// <summary>In a comma-separated CSV a Dutch decimal comma splits a value; every record must have the header's field count.</summary>
public sealed class CommaCsvFieldCountTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_comma_CSV_row_with_a_Dutch_decimal_split_into_the_next_column_is_an_error_not_a_wrong_amount()
    {
        var csv = "Jaar,Financieringsbron,Gemeente,Bedrag,Toelichting\n" +
                  "2026,Overig,,100,\n" +
                  "2027,Overgebleven middelen,,45870,50,\n";
        var path = _temp.WriteText("middelen.csv", csv, new UTF8Encoding(false));

        var result = Reader().Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("middelen", 3, (string?)null), (error.Sheet, error.Row, error.Column));
        Assert.Equal("2027,Overgebleven middelen,,45870,50,", error.Value);
        Assert.Contains("6 velden", error.Message, StringComparison.Ordinal);
        Assert.Contains("5", error.Message, StringComparison.Ordinal);
        Assert.Contains("puntkomma", error.Message, StringComparison.Ordinal);
        Assert.Contains("aanhalingstekens", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.RowsOf<MiddelenRow>(), r => r.Year == 2027);
    }

    [Fact]
    public void A_comma_CSV_Capaciteit_row_whose_hours_split_into_the_hourly_rate_is_an_error()
    {
        var csv = "Periode,Partner,Partnertype,Uren,Uurtarief\r\n" +
                  "2026,Drenthe College,Onderwijs,12,5,\r\n" +
                  "2026-K1,Drenthe College,Onderwijs,\"12,5\",\r\n" +
                  "2026-K2,Drenthe College,Onderwijs,8\r\n";
        var path = _temp.WriteText("capaciteit.csv", csv, new UTF8Encoding(false));

        var result = Reader().Read(path);

        Assert.Contains("6 velden", SingleError(result, "capaciteit", 2, null).Message, StringComparison.Ordinal);
        Assert.Contains("4 velden", SingleError(result, "capaciteit", 4, null).Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(12.5m, Assert.Single(result.RowsOf<CapaciteitRow>()).Hours);
    }

    [Fact]
    public void A_comma_CSV_with_blank_lines_and_exact_field_counts_loads()
    {
        var csv = "Jaar,Financieringsbron,Gemeente,Bedrag,Toelichting\n\n2027,Overig,,\"45870,50\",\n,,,,\n";
        var path = _temp.WriteText("m.csv", csv, new UTF8Encoding(false));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal(45870.50m, Assert.Single(result.RowsOf<MiddelenRow>()).Amount);
    }

    [Fact]
    public void A_semicolon_CSV_may_still_leave_trailing_fields_out()
    {
        var csv = "Jaar;Financieringsbron;Gemeente;Bedrag;Toelichting\n2027;Overig;;45870,50\n";
        var path = _temp.WriteText("m.csv", csv, new UTF8Encoding(false));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal(45870.50m, Assert.Single(result.RowsOf<MiddelenRow>()).Amount);
    }
}
