using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Writes one template as an xlsx: the sheet named after the template with a bold, frozen header row, a comment and an
/// input message per column explaining it in Dutch, drop-down lists for fixed values (from a hidden <c>Lijsten</c>
/// sheet), amount and date number formats, and optionally data rows (used for the bundled samples).
/// Data values: string, int, decimal, <see cref="DateOnly"/> or null.
/// </summary>
internal static class TemplateWorkbookWriter
{
    private const int LastRow = 10_000;

    public static void Write(string path, TemplateKind kind, IReadOnlyList<object?[]> dataRows, IReadOnlyList<Municipality>? municipalities = null)
    {
        var template = TemplateCatalog.Get(kind);
        municipalities ??= PartnerMunicipalities.Default;
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = TemplateStyles.Create();

        var lists = template.Columns
            .Select(c => (Column: c, Values: TemplateLists.For(c.ValueKind, kind, municipalities)))
            .Where(x => x.Values is not null)
            .ToList();

        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var listPart = workbook.AddNewPart<WorksheetPart>();
        WriteTemplateSheet(sheetPart, template, dataRows, lists.Select(l => l.Column).ToList());
        listPart.Worksheet = new Worksheet(ListData(lists.Select(l => (l.Column.Header, l.Values!)).ToList()));

        workbook.Workbook.Append(
            new BookViews(new WorkbookView()),
            new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = template.SheetName },
                new Sheet { Id = workbook.GetIdOfPart(listPart), SheetId = 2, Name = SpreadsheetReader.ListsSheetName, State = SheetStateValues.Hidden }));
    }

    private static void WriteTemplateSheet(WorksheetPart part, TemplateDefinition template, IReadOnlyList<object?[]> dataRows, List<TemplateColumn> listColumns)
    {
        var columns = new Columns(template.Columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = Math.Max(14, c.Header.Length + 6) + (c.ValueKind is ColumnValueKind.Text or ColumnValueKind.FundingSource or ColumnValueKind.Theme ? 16 : 0),
            CustomWidth = true,
            Style = TemplateStyles.ForColumn(c.ValueKind),
        }));

        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < template.Columns.Count; i++)
        {
            header.Append(TextCell(template.Columns[i].Header, ColumnLetters.Of(i) + "1", TemplateStyles.Header));
        }

        data.Append(header);
        for (var r = 0; r < dataRows.Count; r++)
        {
            var rowNumber = (uint)(r + 2);
            var row = new Row { RowIndex = rowNumber };
            for (var c = 0; c < dataRows[r].Length; c++)
            {
                if (dataRows[r][c] is { } value) row.Append(ValueCell(value, ColumnLetters.Of(c) + rowNumber.ToString(CultureInfo.InvariantCulture)));
            }

            data.Append(row);
        }

        var validations = new DataValidations();
        for (var i = 0; i < template.Columns.Count; i++)
        {
            var column = template.Columns[i];
            var letter = ColumnLetters.Of(i);
            var validation = new DataValidation
            {
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}2:{letter}{LastRow}" },
                AllowBlank = true,
                ShowInputMessage = true,
                PromptTitle = Truncate(column.Header + (column.Required ? " (verplicht)" : string.Empty), 32),
                Prompt = Truncate(column.Note, 255),
            };
            var listIndex = listColumns.IndexOf(column);
            if (listIndex >= 0)
            {
                var listLetter = ColumnLetters.Of(listIndex);
                var count = TemplateLists.For(column.ValueKind, template.Kind, PartnerMunicipalities.Default)!.Count;
                validation.Type = DataValidationValues.List;
                validation.ShowErrorMessage = column.ValueKind != ColumnValueKind.Municipality && column.ValueKind != ColumnValueKind.Theme;
                validation.ErrorTitle = "Ongeldige waarde";
                validation.Error = Truncate($"Kies een waarde uit de lijst voor {column.Header}.", 255);
                validation.Append(new Formula1($"{SpreadsheetReader.ListsSheetName}!${listLetter}$2:${listLetter}${count + 1}"));
            }

            validations.Append(validation);
        }

        validations.Count = (uint)template.Columns.Count;
        var view = new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0, TabSelected = true });

        var comments = part.AddNewPart<WorksheetCommentsPart>();
        comments.Comments = new Comments(
            new Authors(new Author("Dutch TechZone")),
            new CommentList(template.Columns.Select((c, i) => new Comment(
                new CommentText(new Run(new Text((c.Required ? "Verplicht. " : "Optioneel. ") + c.Note) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Reference = ColumnLetters.Of(i) + "1",
                AuthorId = 0,
            })));
        var vml = part.AddNewPart<VmlDrawingPart>();
        using (var stream = vml.GetStream(FileMode.Create))
        {
            var bytes = Encoding.UTF8.GetBytes(CommentsVml.For(template.Columns.Count));
            stream.Write(bytes, 0, bytes.Length);
        }

        part.Worksheet = new Worksheet(view, new SheetFormatProperties { DefaultRowHeight = 15 }, columns, data, validations,
            new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new LegacyDrawing { Id = part.GetIdOfPart(vml) });
    }

    private static SheetData ListData(List<(string Header, IReadOnlyList<string> Values)> lists)
    {
        var data = new SheetData();
        var rows = lists.Count == 0 ? 0 : lists.Max(l => l.Values.Count) + 1;
        for (var r = 0; r < rows; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < lists.Count; c++)
            {
                var text = r == 0 ? lists[c].Header : r <= lists[c].Values.Count ? lists[c].Values[r - 1] : null;
                if (text is not null) row.Append(TextCell(text, ColumnLetters.Of(c) + (r + 1).ToString(CultureInfo.InvariantCulture), r == 0 ? TemplateStyles.Header : TemplateStyles.Default));
            }

            data.Append(row);
        }

        return data;
    }

    private static Cell TextCell(string text, string reference, uint style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static Cell ValueCell(object value, string reference) => value switch
    {
        string s => TextCell(s, reference, TemplateStyles.Default),
        DateOnly d => new Cell(new CellValue((d.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture)))
        {
            CellReference = reference,
            StyleIndex = TemplateStyles.Date,
        },
        decimal m => new Cell(new CellValue(m.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = TemplateStyles.Amount },
        _ => new Cell(new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)) { CellReference = reference },
    };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
