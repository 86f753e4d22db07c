using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DutchTechZone.Benchmarks;

/// <summary>One generated Realisatie row.</summary>
public sealed record RealisatieLine(DateOnly Date, string Partner, int Theme, string Activity, string Description, string Reference, string Status, decimal Amount);

/// <summary>
/// Generates large Realisatie deliveries: an .xlsx written with the OpenXml SAX writer (<see cref="OpenXmlWriter"/>,
/// strings in the shared string table as Excel writes them, dates as serial numbers with a date style) and the same
/// rows as a <c>;</c>-separated CSV in Dutch notation.
/// </summary>
public static class RealisatieFile
{
    /// <summary>The Realisatie template's header.</summary>
    public static readonly IReadOnlyList<string> Header = ["Datum", "Partner", "Thema", "Activiteit", "Omschrijving", "Kenmerk", "Status", "Bedrag"];

    private static readonly string[] Partners = ["Gemeente Emmen", "Hardenberg", "Drenthe College", "Kennispark Twente", "Café Zoë"];
    private static readonly string[] Activities = ["Koplopers", "Netwerkbijeenkomst", "Talentprogramma", "Innovatievouchers"];
    private static readonly DateOnly FirstDate = new(2026, 1, 1);
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    private static readonly NumberFormatInfo Dutch = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    /// <summary>Row i, deterministic: Kenmerk is unique, amounts are exact to the cent.</summary>
    public static RealisatieLine Row(int i) => new(
        FirstDate.AddDays(i % 365),
        Partners[i % Partners.Length],
        1 + (i % 4),
        Activities[i / Partners.Length % Activities.Length],
        string.Create(CultureInfo.InvariantCulture, $"Factuur {i} inhuur en materiaal"),
        string.Create(CultureInfo.InvariantCulture, $"R-{i:000000}"),
        i % 3 == 0 ? "Betaald" : "Verplicht",
        ((long)i * 7919 % 1_000_000 / 100m) + 0.01m);

    /// <summary>Writes the rows as a one-sheet workbook (sheet <c>Realisatie</c>) by SAX, row by row.</summary>
    public static void WriteXlsx(string path, IEnumerable<RealisatieLine> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d-m-yyyy" }) { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }) { Count = 3 });

        var shared = new SharedStrings();
        var worksheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(worksheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            var rowNumber = 1;
            StartRow(writer, rowNumber);
            for (var c = 0; c < Header.Count; c++) TextCell(writer, c, rowNumber, shared.IndexOf(Header[c]));
            writer.WriteEndElement();
            foreach (var row in rows)
            {
                rowNumber++;
                StartRow(writer, rowNumber);
                NumberCell(writer, 0, rowNumber, (row.Date.DayNumber - ExcelEpoch.DayNumber).ToString(CultureInfo.InvariantCulture), style: 1);
                TextCell(writer, 1, rowNumber, shared.IndexOf(row.Partner));
                NumberCell(writer, 2, rowNumber, row.Theme.ToString(CultureInfo.InvariantCulture), style: 0);
                TextCell(writer, 3, rowNumber, shared.IndexOf(row.Activity));
                TextCell(writer, 4, rowNumber, shared.IndexOf(row.Description));
                TextCell(writer, 5, rowNumber, shared.IndexOf(row.Reference));
                TextCell(writer, 6, rowNumber, shared.IndexOf(row.Status));
                NumberCell(writer, 7, rowNumber, row.Amount.ToString(CultureInfo.InvariantCulture), style: 2);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var sharedStrings = workbook.AddNewPart<SharedStringTablePart>();
        using (var writer = OpenXmlWriter.Create(sharedStrings))
        {
            writer.WriteStartElement(new SharedStringTable { Count = (uint)shared.Items.Count, UniqueCount = (uint)shared.Items.Count });
            foreach (var text in shared.Items)
            {
                writer.WriteElement(new SharedStringItem(new Text(text)));
            }

            writer.WriteEndElement();
        }

        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = 1, Name = "Realisatie" }));
    }

    /// <summary>The rows as a <c>;</c> CSV: Dutch dates (d-m-yyyy) and amounts (1.234,56).</summary>
    public static string Csv(IEnumerable<RealisatieLine> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.Append(string.Join(';', Header)).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(row.Date.ToString("d-M-yyyy", CultureInfo.InvariantCulture)).Append(';')
                .Append(row.Partner).Append(';')
                .Append(row.Theme.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(row.Activity).Append(';')
                .Append(row.Description).Append(';')
                .Append(row.Reference).Append(';')
                .Append(row.Status).Append(';')
                .Append(row.Amount.ToString("#,##0.00", Dutch)).Append("\r\n");
        }

        return text.ToString();
    }

    private static void StartRow(OpenXmlWriter writer, int row) =>
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", row.ToString(CultureInfo.InvariantCulture))]);

    private static void TextCell(OpenXmlWriter writer, int column, int row, int sharedIndex) =>
        writer.WriteElement(new Cell
        {
            CellReference = Reference(column, row),
            DataType = CellValues.SharedString,
            CellValue = new CellValue(sharedIndex.ToString(CultureInfo.InvariantCulture)),
        });

    private static void NumberCell(OpenXmlWriter writer, int column, int row, string value, uint style) =>
        writer.WriteElement(new Cell { CellReference = Reference(column, row), StyleIndex = style, CellValue = new CellValue(value) });

    private static string Reference(int column, int row) => string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + column)}{row}");

    /// <summary>The shared string table being built: each distinct text once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Items { get; } = [];

        public int IndexOf(string text)
        {
            if (!_index.TryGetValue(text, out var index))
            {
                index = Items.Count;
                _index[text] = index;
                Items.Add(text);
            }

            return index;
        }
    }
}
