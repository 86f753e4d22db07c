using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutchTechZone.Etl.Spreadsheets;
using static DutchTechZone.Tests.Spreadsheets.SpreadsheetAssert;

namespace DutchTechZone.Tests.Spreadsheets;

public sealed class ReadingHostileFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_text_file_with_an_xlsx_name_is_rejected_as_not_a_workbook()
    {
        var path = _temp.WriteText("fake.xlsx", "Jaar;Financieringsbron;Bedrag\n2026;Overig;1\n", Encoding.UTF8);

        Assert.Contains("geen Excel-werkmap (geen zip-archief)", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_zip_is_rejected()
    {
        var path = _temp.WriteBytes("corrupt.xlsx", [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)0x41, 500)]);

        Assert.Contains("beschadigd", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_workbook_is_rejected()
    {
        var good = MiddelenWorkbook("good.xlsx");
        var bytes = File.ReadAllBytes(good);
        var path = _temp.WriteBytes("truncated.xlsx", bytes[..(bytes.Length / 2)]);

        Assert.Contains("beschadigd", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_workbook_recognised_by_its_compound_file_magic_is_rejected()
    {
        byte[] cfb = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        var path = _temp.WriteBytes("beveiligd.xlsx", cfb);

        Assert.Contains("wachtwoord", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_xls_file_is_rejected()
    {
        var path = _temp.WriteBytes("oud.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

        Assert.Contains("(.xls) wordt niet geaccepteerd", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_macro_workbook_named_xlsm_is_rejected()
    {
        var path = MiddelenWorkbook("macro.xlsm");

        Assert.Contains("macro's", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_a_vbaProject_part_under_an_xlsx_name_is_rejected()
    {
        var path = MiddelenWorkbook("stiekem.xlsx");
        TempFolder.SetZipEntry(path, "xl/vbaProject.bin", "not really VBA");

        Assert.Contains("macro's", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_a_macro_enabled_content_type_under_an_xlsx_name_is_rejected()
    {
        var path = MiddelenWorkbook("stiekem.xlsx");
        var types = TempFolder.ReadZipEntry(path, "[Content_Types].xml")
            .Replace("spreadsheetml.sheet.main+xml", "sheet.macroEnabled.main+xml", StringComparison.Ordinal);
        Assert.Contains("macroEnabled", types, StringComparison.Ordinal);
        TempFolder.SetZipEntry(path, "[Content_Types].xml", types);

        Assert.Contains("macro's", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decompression_bomb_beyond_the_uncompressed_limit_is_rejected()
    {
        var path = MiddelenWorkbook("bom.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            using var entry = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.SmallestSize).Open();
            entry.Write(new byte[2_000_000]);
        }

        Assert.True(new FileInfo(path).Length < 50_000, "the bomb itself is small");
        var limits = new SpreadsheetLimits { MaxUncompressedBytes = 1_000_000 };

        Assert.Contains("zip-bom", FileError(Reader(limits).Read(path)).Message, StringComparison.Ordinal);
        Assert.True(Reader().Read(path).IsValid, "the same file passes under the default limit");
    }

    [Fact]
    public void A_DTD_with_an_external_entity_does_not_leak_the_local_file_and_is_an_error()
    {
        var secret = "GEHEIM-" + Guid.NewGuid().ToString("N");
        var secretPath = _temp.WriteText("secret.txt", secret, new UTF8Encoding(false));
        var path = MiddelenWorkbook("xxe.xlsx");
        var sheetEntry = WorksheetEntry(path);
        TempFolder.SetZipEntry(path, sheetEntry, XxeSheet(secretPath));

        var result = Reader().Read(path);

        var error = FileError(result);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, string.Join("|", result.Errors) + string.Join("|", result.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void The_OpenXml_SDK_itself_refuses_the_DTD_when_the_sheet_is_streamed()
    {
        var secret = "GEHEIM-" + Guid.NewGuid().ToString("N");
        var secretPath = _temp.WriteText("secret.txt", secret, new UTF8Encoding(false));
        var path = MiddelenWorkbook("xxe.xlsx");
        TempFolder.SetZipEntry(path, WorksheetEntry(path), XxeSheet(secretPath));
        using var stream = File.OpenRead(path);
        using var source = XlsxWorkbookSource.Open(stream, SpreadsheetLimits.Default, CancellationToken.None);
        var sheet = Assert.Single(source.Sheets()).Sheet;

        var thrown = Assert.ThrowsAny<XmlException>(() => sheet.Rows.ToList());

        Assert.Contains("DTD", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_of_zero_bytes_is_rejected()
    {
        Assert.Equal("Het bestand is leeg (0 bytes)", FileError(Reader().Read(_temp.WriteBytes("leeg.xlsx", []))).Message);
        Assert.Equal("Het bestand is leeg (0 bytes)", FileError(Reader().Read(_temp.WriteBytes("leeg.csv", []))).Message);
    }

    [Theory]
    [InlineData("gegevens.txt")]
    [InlineData("gegevens.ods")]
    [InlineData("gegevens")]
    public void Other_extensions_are_rejected(string name)
    {
        var path = _temp.WriteText(name, "Jaar;Financieringsbron;Bedrag\n2026;Overig;1\n", Encoding.UTF8);

        Assert.Contains("alleen Excel-werkmappen (.xlsx) en CSV-bestanden (.csv)", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_with_a_csv_name_is_rejected()
    {
        var xlsx = MiddelenWorkbook("echt.xlsx");
        var path = _temp.WriteBytes("nep.csv", File.ReadAllBytes(xlsx));

        Assert.Contains("geen tekst", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_holds_no_spreadsheet_is_rejected()
    {
        var path = _temp.File("doc.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
            writer.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        }

        Assert.Contains("geen Excel-werkmap", FileError(Reader().Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_with_a_million_empty_formatted_rows_and_nothing_after_them_loads_its_rows()
    {
        var path = EmptyRowsWorkbook("miljoen.xlsx", 1_000_000, after: null);

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal(1244.56m, result.RowsOf<MiddelenRow>().Sum(r => r.Amount));
    }

    [Fact]
    public void Data_after_more_than_the_empty_row_limit_is_an_error_and_is_not_parsed()
    {
        // Rows 4..1503 are empty; the row after them would give a parse error if it were parsed.
        var path = EmptyRowsWorkbook("gat.xlsx", 1_500, after: ["2026", "Overig", "niet-een-bedrag"]);

        var result = Reader().Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Middelen", 1504, "A (Jaar)", "2026"), (error.Sheet, error.Row, error.Column, error.Value));
        Assert.Equal("Na rij 3 volgen meer dan 1.000 lege rijen en daarna nog gegevens (rij 1504); verwijder de lege rijen", error.Message);
    }

    [Fact]
    public void Data_after_the_empty_row_limit_in_a_column_outside_the_template_is_an_error_too()
    {
        var path = EmptyRowsWorkbook("gat.xlsx", 20, after: [string.Empty, string.Empty, string.Empty, "vergeten"]);

        var result = Reader(new SpreadsheetLimits { MaxConsecutiveEmptyRows = 10 }).Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("Middelen", 24, "D", "vergeten"), (error.Sheet, error.Row, error.Column, error.Value));
        Assert.Contains("meer dan 10 lege rijen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_that_runs_on_beyond_the_scan_cap_after_the_empty_row_limit_is_an_error()
    {
        var path = EmptyRowsWorkbook("lang.xlsx", 100, after: null);

        var result = Reader(new SpreadsheetLimits { MaxConsecutiveEmptyRows = 5, MaxScannedRows = 50 }).Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Middelen", error.Sheet);
        Assert.Contains("meer dan 50 rijen", error.Message, StringComparison.Ordinal);
        Assert.Contains("verwijder de lege rijen", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_after_the_empty_row_limit_in_a_CSV_is_an_error()
    {
        var csv = "Jaar;Financieringsbron;Bedrag\n2026;Overig;5\n" + string.Concat(Enumerable.Repeat(";;\n", 12)) + "2027;Overig;6\n";
        var path = _temp.WriteText("m.csv", csv, new UTF8Encoding(false));

        var result = Reader(new SpreadsheetLimits { MaxConsecutiveEmptyRows = 10 }).Read(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("m", 15, "A (Jaar)", "2027"), (error.Sheet, error.Row, error.Column, error.Value));
        Assert.StartsWith("Na rij 2 volgen meer dan 10 lege rijen", error.Message, StringComparison.Ordinal);
    }

    private string EmptyRowsWorkbook(string name, int emptyRows, string[]? after)
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
                for (uint r = 4; r < last; r++)
                {
                    writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, r.ToString(System.Globalization.CultureInfo.InvariantCulture)), new OpenXmlAttribute("ht", string.Empty, "15"), new OpenXmlAttribute("customHeight", string.Empty, "1")]);
                    writer.WriteEndElement();
                }

                if (after is not null) WriteRow(writer, last, after);
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

    private string MiddelenWorkbook(string name) =>
        new TestWorkbook().Sheet("Middelen", ["Jaar", "Financieringsbron", "Bedrag"], [2026, "Overig", 5m]).Save(_temp.File(name));

    private static string WorksheetEntry(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).FullName;
    }

    private static string XxeSheet(string secretPath) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
        $"<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file://{secretPath}\">]>\n" +
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Jaar</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Financieringsbron</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Bedrag</t></is></c></row>" +
        "<row r=\"2\"><c r=\"A2\"><v>2026</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c><c r=\"C2\"><v>5</v></c></row>" +
        "</sheetData></worksheet>";
}
