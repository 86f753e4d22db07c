using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Etl.Spreadsheets;

namespace DutchTechZone.Tests.Spreadsheets;

/// <summary>Issue #8: text starting with = + - @ is stored as text and never becomes a formula in what the product writes.</summary>
public sealed class FormulaInjectionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("Jaar", "Jaar")]
    public void ACsvCellThatLooksLikeAFormulaIsWrittenAsText(string text, string written) =>
        Assert.Equal(written, CsvCells.Safe(text));

    [Fact]
    public void TheWrittenTemplatesHoldNoFormulaAndNoCellThatExcelWouldEvaluate()
    {
        var files = TemplateWriter.WriteAll(_temp.File("sjablonen"));

        foreach (var csv in files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var cells = File.ReadAllText(csv, Encoding.UTF8).TrimEnd().Split(';');
            Assert.All(cells, c => Assert.False(c.Length > 0 && c[0] is '=' or '+' or '-' or '@', $"{Path.GetFileName(csv)}: {c}"));
        }

        foreach (var xlsx in files.Where(f => f.EndsWith(".xlsx", StringComparison.Ordinal)))
        {
            using var document = SpreadsheetDocument.Open(xlsx, false);
            var worksheets = document.WorkbookPart!.WorksheetParts.ToList();
            Assert.NotEmpty(worksheets);
            Assert.All(worksheets, ws => Assert.Empty(ws.Worksheet.Descendants<CellFormula>()));
        }
    }

    [Fact]
    public void ATextCellThatStartsLikeAFormulaIsReadAsTextUnchanged()
    {
        var formula = "=HYPERLINK(\"http://evil.example\";\"klik\")";
        var path = _temp.WriteText("Realisatie_formule.csv",
            "Datum;Partner;Thema;Activiteit;Omschrijving;Kenmerk;Status;Bedrag\r\n" +
            $"12-2-2026;Gemeente Emmen;1;Koplopers;\"{formula.Replace("\"", "\"\"", StringComparison.Ordinal)}\";@K-1;Verplicht;100\r\n",
            new UTF8Encoding(false));

        var result = new SpreadsheetReader(PartnerMunicipalities.Default).Read(path);

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.RowsOf<RealisatieRow>());
        Assert.Equal(formula, row.Description);
        Assert.Equal("@K-1", row.Reference);
    }
}
