using DocumentFormat.OpenXml.Spreadsheet;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// The stylesheet of the templates: a bold header, amounts as <c>#,##0.00</c> (Dutch Excel shows <c>#.##0,00</c>),
/// dates as <c>d-m-yyyy</c>, and text format for periods so Excel does not turn <c>2026-03</c> into a date.
/// </summary>
internal static class TemplateStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Amount = 2;
    public const uint Date = 3;
    public const uint Text = 4;
    public const string DateFormatCode = "d-m-yyyy";
    public const string AmountFormatCode = "#,##0.00";

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = DateFormatCode },
            new NumberingFormat { NumberFormatId = 165, FormatCode = AmountFormatCode }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true }) { Count = 5 });

    public static uint ForColumn(ColumnValueKind kind) => kind switch
    {
        ColumnValueKind.Amount => Amount,
        ColumnValueKind.Date => Date,
        ColumnValueKind.Period => Text,
        _ => Default,
    };
}
