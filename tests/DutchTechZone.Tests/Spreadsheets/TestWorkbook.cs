using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DutchTechZone.Tests.Spreadsheets;

/// <summary>A cell holding an inline string (t="inlineStr") instead of a shared string.</summary>
internal sealed record InlineText(string Text);

/// <summary>A cell holding an Excel error value (t="e"), e.g. #REF!.</summary>
internal sealed record ExcelError(string Code);

/// <summary>A formula cell with its cached value (a number or a string).</summary>
internal sealed record Formula(string Expression, object Cached);

/// <summary>A number cell shown with a date number format (the serial number of the date).</summary>
internal sealed record DateCell(DateOnly Date);

/// <summary>A raw numeric cell from a double (to test float conversion).</summary>
internal sealed record RawNumber(double Value);

/// <summary>
/// Builds small xlsx test files with the OpenXml SDK: strings go to the shared string table, numbers as numbers,
/// <see cref="DateOnly"/> and <see cref="DateCell"/> as serial numbers with a date style, bools as booleans.
/// </summary>
internal sealed class TestWorkbook
{
    private readonly List<(string Name, object?[][] Rows, bool Hidden)> _sheets = [];
    private bool _date1904;

    /// <summary>Marks the workbook as using the 1904 date system (workbookPr date1904="1").</summary>
    public TestWorkbook Date1904()
    {
        _date1904 = true;
        return this;
    }

    public TestWorkbook Sheet(string name, params object?[][] rows)
    {
        _sheets.Add((name, rows, false));
        return this;
    }

    public TestWorkbook HiddenSheet(string name, params object?[][] rows)
    {
        _sheets.Add((name, rows, true));
        return this;
    }

    public string Save(string path)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        if (_date1904) wb.Workbook.AppendChild(new WorkbookProperties { Date1904 = true });
        var sheets = wb.Workbook.AppendChild(new Sheets());
        var shared = new List<string>();
        var styles = wb.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d-m-yyyy" }) { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }) { Count = 3 });
        uint id = 1;
        foreach (var (name, rows, hidden) in _sheets)
        {
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is { } value) row.Append(MakeCell(value, Reference(c, r + 1), shared));
                }

                data.Append(row);
            }

            ws.Worksheet = new Worksheet(data);
            var sheet = new Sheet { Id = wb.GetIdOfPart(ws), SheetId = id++, Name = name };
            if (hidden) sheet.State = SheetStateValues.Hidden;
            sheets.Append(sheet);
        }

        if (shared.Count > 0)
        {
            var sst = wb.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        }

        return path;
    }

    public static string Reference(int column, int row)
    {
        var n = column + 1;
        var letters = string.Empty;
        while (n > 0)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
            n = (n - 1) / 26;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    private static Cell MakeCell(object value, string reference, List<string> shared)
    {
        var cell = new Cell { CellReference = reference };
        switch (value)
        {
            case string s:
                shared.Add(s);
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue((shared.Count - 1).ToString(CultureInfo.InvariantCulture));
                break;
            case InlineText t:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(t.Text));
                break;
            case ExcelError e:
                cell.DataType = CellValues.Error;
                cell.CellValue = new CellValue(e.Code);
                break;
            case Formula f:
                cell.CellFormula = new CellFormula(f.Expression);
                if (f.Cached is string cs)
                {
                    cell.DataType = CellValues.String;
                    cell.CellValue = new CellValue(cs);
                }
                else
                {
                    cell.CellValue = new CellValue(Convert.ToDouble(f.Cached, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                }

                break;
            case bool b:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(b ? "1" : "0");
                break;
            case DateOnly d:
                return MakeCell(new DateCell(d), reference, shared);
            case DateCell dc:
                cell.StyleIndex = 1;
                cell.CellValue = new CellValue((dc.Date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture));
                break;
            case RawNumber rn:
                cell.CellValue = new CellValue(rn.Value.ToString("R", CultureInfo.InvariantCulture));
                break;
            default:
                cell.StyleIndex = value is decimal ? 2u : 0u;
                cell.CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
        }

        return cell;
    }
}
