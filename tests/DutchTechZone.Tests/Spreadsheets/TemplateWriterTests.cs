using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DutchTechZone.Etl.Spreadsheets;
using static DutchTechZone.Tests.Spreadsheets.SpreadsheetAssert;

namespace DutchTechZone.Tests.Spreadsheets;

public sealed class TemplateWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WriteAll_writes_an_xlsx_and_a_csv_for_each_of_the_five_templates()
    {
        var paths = TemplateWriter.WriteAll(_temp.Path);

        Assert.Equal(10, paths.Count);
        foreach (var kind in Enum.GetNames<TemplateKind>())
        {
            Assert.Contains(_temp.File($"Sjabloon_{kind}.xlsx"), paths);
            Assert.Contains(_temp.File($"Sjabloon_{kind}.csv"), paths);
        }

        Assert.All(paths, p => Assert.True(File.Exists(p)));
    }

    [Fact]
    public void Every_template_reads_back_through_the_reader_as_a_valid_empty_sheet_of_its_kind()
    {
        var paths = TemplateWriter.WriteAll(_temp.Path);

        foreach (var path in paths)
        {
            var result = Reader().Read(path);
            Valid(result);
            Assert.Empty(result.Warnings);
            var sheet = Assert.Single(result.Sheets);
            Assert.Empty(sheet.Rows);
            Assert.Equal(Path.GetFileNameWithoutExtension(path).Replace("Sjabloon_", string.Empty, StringComparison.Ordinal), sheet.Kind.ToString());
        }
    }

    [Fact]
    public void The_CSV_template_is_a_semicolon_header_in_UTF8_with_BOM()
    {
        TemplateWriter.WriteAll(_temp.Path);

        var bytes = File.ReadAllBytes(_temp.File("Sjabloon_Realisatie.csv"));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Datum;Partner;Thema;Activiteit;Omschrijving;Kenmerk;Status;Bedrag\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void Every_xlsx_template_is_valid_OpenXml()
    {
        foreach (var path in TemplateWriter.WriteAll(_temp.Path).Where(p => p.EndsWith(".xlsx", StringComparison.Ordinal)))
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, Path.GetFileName(path) + ": " + string.Join(" | ", errors));
        }
    }

    [Fact]
    public void The_xlsx_template_has_a_bold_header_a_note_per_column_drop_downs_and_number_formats()
    {
        TemplateWriter.WriteAll(_temp.Path);
        using var doc = SpreadsheetDocument.Open(_temp.File("Sjabloon_Realisatie.xlsx"), false);
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
        var styles = wb.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();

        Assert.Equal("Realisatie", sheet.Name!.Value);
        var headerCells = part.Worksheet.Descendants<Row>().First().Elements<Cell>().ToList();
        Assert.Equal(8, headerCells.Count);
        Assert.All(headerCells, c => Assert.NotNull(styles.Fonts!.Elements<Font>().ElementAt((int)formats[(int)c.StyleIndex!.Value].FontId!.Value).Bold));

        var comments = part.WorksheetCommentsPart!.Comments.CommentList!.Elements<Comment>().ToList();
        Assert.Equal(["A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1"], comments.Select(c => c.Reference!.Value));
        Assert.Contains("uniek per partner", comments[5].InnerText, StringComparison.Ordinal);
        Assert.NotNull(part.VmlDrawingParts.SingleOrDefault());

        var lists = part.Worksheet.Descendants<DataValidation>().Where(v => v.Type?.Value == DataValidationValues.List).ToList();
        Assert.Equal(["C2:C10000", "G2:G10000"], lists.Select(v => v.SequenceOfReferences!.InnerText));
        Assert.All(part.Worksheet.Descendants<DataValidation>(), v => Assert.False(string.IsNullOrEmpty(v.Prompt?.Value)));

        var codes = styles.NumberingFormats!.Elements<NumberingFormat>().Select(f => f.FormatCode!.Value).ToList();
        Assert.Contains("#,##0.00", codes);
        Assert.Contains("d-m-yyyy", codes);
        var columnStyles = part.Worksheet.Descendants<Column>().Select(c => c.Style!.Value).ToList();
        Assert.Equal("d-m-yyyy", NumberFormatCode(styles, formats[(int)columnStyles[0]]));
        Assert.Equal("#,##0.00", NumberFormatCode(styles, formats[(int)columnStyles[7]]));
    }

    [Theory]
    [InlineData("Sjabloon_Middelen.xlsx", "B2:B10000", 5)]
    [InlineData("Sjabloon_Begroting.xlsx", "D2:D10000", 6)]
    [InlineData("Sjabloon_Capaciteit.xlsx", "C2:C10000", 5)]
    [InlineData("Sjabloon_Indicatoren.xlsx", "C2:C10000", 5)]
    public void Drop_down_lists_point_at_the_fixed_values_in_the_hidden_Lijsten_sheet(string file, string range, int count)
    {
        TemplateWriter.WriteAll(_temp.Path);
        using var doc = SpreadsheetDocument.Open(_temp.File(file), false);
        var wb = doc.WorkbookPart!;
        var lijsten = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Lijsten");
        var validation = wb.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidation>())
            .Single(v => v.SequenceOfReferences!.InnerText == range);

        Assert.Equal(SheetStateValues.Hidden, lijsten.State!.Value);
        var formula = validation.Formula1!.Text;
        Assert.StartsWith("Lijsten!$", formula, StringComparison.Ordinal);
        Assert.EndsWith("$" + (count + 1), formula, StringComparison.Ordinal);
    }

    private static string? NumberFormatCode(Stylesheet styles, CellFormat format) =>
        styles.NumberingFormats!.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value)?.FormatCode?.Value;
}
