using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutchTechZone.Etl.Hygiene;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Etl.Spreadsheets;

namespace DutchTechZone.Tests.Spreadsheets;

/// <summary>Issue #8, drop-folder edges in the readers: bounded echoes, the row of an unclosed quote, UTF-16, absent empty rows.</summary>
public sealed class ReaderEdgeTests : IDisposable
{
    private const string MiddelenHeader = "Jaar;Financieringsbron;Gemeente;Bedrag;Toelichting";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void AHugeCellIsEchoedBoundedWithAnEllipsis()
    {
        var huge = new string('9', 10 * 1024 * 1024);
        var path = _temp.WriteText("Middelen_groot.csv", $"{MiddelenHeader}\n2026;Overig;;{huge};\n", new UTF8Encoding(false));

        var result = Reader().Read(path);

        var error = Assert.Single(result.Errors, e => e.Row == 2);
        Assert.NotNull(error.Value);
        Assert.True(error.Value!.Length <= SafeText.MaxValueLength, $"a value of {error.Value.Length} characters was echoed");
        Assert.EndsWith("…", error.Value, StringComparison.Ordinal);
        Assert.StartsWith("9999", error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnclosedQuoteIsReportedOnTheRowWhereItOpens()
    {
        var path = _temp.WriteText("Middelen_quote.csv",
            $"{MiddelenHeader}\n2026;Overig;;100;\n2026;\"Overig;;200;\n2026;Overig;;300;\n2026;Overig;;400;\n", new UTF8Encoding(false));

        var result = Reader().Read(path);

        var quote = Assert.Single(result.Errors, e => e.Message.Contains("aanhalingsteken", StringComparison.Ordinal));
        Assert.Equal(3, quote.Row);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void AUtf16CsvWithABomIsRead(string encodingName)
    {
        var encoding = encodingName == "utf-16LE" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        var path = _temp.WriteText("Middelen_utf16.csv", $"{MiddelenHeader}\r\n2026;Overgebleven middelen;;45.870;ë\r\n", encoding);

        var result = Reader().Read(path);

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.RowsOf<MiddelenRow>());
        Assert.Equal(45870m, row.Amount);
        Assert.Contains(result.Warnings, w => w.Contains("UTF-16", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void MoreThanTheEmptyRowLimitBeforeDataBehavesTheSameWhetherTheRowsAreWrittenOrAbsent(bool written)
    {
        var path = GapWorkbook($"gat-{written}.xlsx", 1_500, written);

        var result = Reader().Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(1504, error.Row);
        Assert.Contains("meer dan 1.000 lege rijen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGapBelowTheEmptyRowLimitIsFineWhenAbsentToo()
    {
        var path = GapWorkbook("klein-gat.xlsx", 500, written: false);

        var result = Reader().Read(path);

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.RowsOf<MiddelenRow>().Count());
    }

    private static SpreadsheetReader Reader() => new(PartnerMunicipalities.Default);

    private string GapWorkbook(string name, int emptyRows, bool written)
    {
        var path = _temp.File(name);
        using (var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook(new Sheets());
            var ws = wb.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(ws))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, 1, "Jaar", "Financieringsbron", "Bedrag");
                WriteRow(writer, 2, "2026", "Overig", "1.234,56");
                WriteRow(writer, 3, "2026", "Cofinanciering", "10");
                var last = (uint)(4 + emptyRows);
                for (uint r = 4; written && r < last; r++)
                {
                    writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, r.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
                    writer.WriteEndElement();
                }

                WriteRow(writer, last, "2026", "Overig", "5");
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            wb.Workbook.Sheets!.Append(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Middelen" });
        }

        return path;
    }

    private static void WriteRow(OpenXmlWriter writer, uint row, params string[] values)
    {
        writer.WriteStartElement(new Row { RowIndex = row });
        for (var c = 0; c < values.Length; c++)
        {
            writer.WriteElement(new Cell(new InlineString(new Text(values[c]))) { DataType = CellValues.InlineString, CellReference = TestWorkbook.Reference(c, (int)row) });
        }

        writer.WriteEndElement();
    }
}
