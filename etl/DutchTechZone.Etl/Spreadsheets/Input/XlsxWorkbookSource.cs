using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Streams the sheets of an xlsx with the OpenXml SAX reader: one <c>row</c> element is loaded at a time. Strings
/// (shared and inline), numbers, booleans, dates (date number formats, <c>t="d"</c>), cached formula values and
/// Excel errors (<c>t="e"</c>) become <see cref="RawCell"/>s. The package must have passed <see cref="ZipInspector"/>.
/// </summary>
internal sealed class XlsxWorkbookSource : IDisposable
{
    private static readonly Dictionary<int, RawCell> NoCells = [];
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly IReadOnlyList<string> _strings;
    private readonly XlsxStyles _styles;
    private readonly bool _date1904;

    private XlsxWorkbookSource(SpreadsheetDocument document, WorkbookPart workbook, IReadOnlyList<string> strings, XlsxStyles styles, bool date1904)
    {
        _document = document;
        _workbook = workbook;
        _strings = strings;
        _styles = styles;
        _date1904 = date1904;
    }

    /// <summary>Opens the workbook read-only; throws for a package that is not a workbook (the caller reports it).</summary>
    public static XlsxWorkbookSource Open(Stream stream, SpreadsheetLimits limits, CancellationToken ct)
    {
        var settings = new OpenSettings { AutoSave = false, MaxCharactersInPart = limits.MaxUncompressedBytes };
        var document = SpreadsheetDocument.Open(stream, false, settings);
        try
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("Geen werkmap-onderdeel");
            var date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value ?? false;
            return new XlsxWorkbookSource(document, workbook, XlsxSharedStrings.Load(workbook, ct), XlsxStyles.Load(workbook), date1904);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>The sheets in workbook order (chart sheets and the like are left out).</summary>
    public IEnumerable<(string Name, bool Hidden, RawSheet Sheet)> Sheets()
    {
        var sheets = _workbook.Workbook.Sheets?.Elements<Sheet>() ?? [];
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? string.Empty;
            var hidden = sheet.State is not null && sheet.State.Value != SheetStateValues.Visible;
            if (sheet.Id?.Value is not { } id || !_workbook.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet) continue;
            yield return (name, hidden, new RawSheet(name, Rows(worksheet)) { Date1904 = _date1904 });
        }
    }

    public void Dispose() => _document.Dispose();

    /// <summary>
    /// The rows of a worksheet. Each <c>row</c> element is read attribute by attribute and only its <c>c</c> children
    /// are loaded, so the many empty (formatted) rows a sheet may carry cost no element tree.
    /// </summary>
    private IEnumerable<RawRow> Rows(WorksheetPart worksheet)
    {
        using var reader = OpenXmlReader.Create(worksheet);
        var previous = 0;
        var ok = reader.Read();
        while (ok)
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var number = RowNumber(reader) is { } r and > 0 ? r : previous + 1;
                previous = number;
                Dictionary<int, RawCell>? cells = null;
                var next = 0;
                ok = reader.Read();
                while (ok && !(reader.ElementType == typeof(Row) && reader.IsEndElement))
                {
                    if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
                    {
                        var cell = (Cell)reader.LoadCurrentElement()!;
                        var index = ColumnLetters.IndexOfReference(cell.CellReference?.Value);
                        if (index < 0) index = next;
                        next = index + 1;
                        if (ToRaw(cell) is { } raw) (cells ??= [])[index] = raw;
                        ok = !reader.EOF;
                        continue;
                    }

                    ok = reader.Read();
                }

                yield return new RawRow(number, cells ?? NoCells);
                ok = ok && reader.Read();
                continue;
            }

            ok = reader.Read();
        }
    }

    private static int? RowNumber(OpenXmlReader reader)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "r" && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
            }
        }

        return null;
    }

    private RawCell? ToRaw(Cell cell)
    {
        var type = cell.DataType?.Value;
        var text = cell.CellValue?.Text;
        if (type == CellValues.InlineString) return new RawCell(RawCellKind.Text, XlsxSharedStrings.TextOf(cell.InlineString));
        if (text is null) return null;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _strings.Count
                ? new RawCell(RawCellKind.Text, _strings[i])
                : new RawCell(RawCellKind.Error, "#VERWIJZING");
        }

        if (type == CellValues.String) return new RawCell(RawCellKind.Text, text);
        if (type == CellValues.Error) return new RawCell(RawCellKind.Error, text);
        if (type == CellValues.Boolean) return new RawCell(RawCellKind.Boolean, text == "1" ? "WAAR" : "ONWAAR");
        if (type == CellValues.Date)
        {
            return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)
                ? DateCell(DateOnly.FromDateTime(dt))
                : new RawCell(RawCellKind.Text, text);
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return new RawCell(RawCellKind.Text, text);
        if (cell.StyleIndex?.Value is { } style && _styles.IsDate(style) && ExcelNumbers.TrySerialToDate(number, _date1904, out var date))
        {
            return DateCell(date) with { Number = number };
        }

        return new RawCell(RawCellKind.Number, number.ToString("R", CultureInfo.InvariantCulture), number);
    }

    private static RawCell DateCell(DateOnly date) =>
        new(RawCellKind.Date, date.ToString("d-M-yyyy", CultureInfo.InvariantCulture), 0, date);
}
