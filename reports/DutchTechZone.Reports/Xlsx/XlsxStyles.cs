using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DutchTechZone.Reports.Xlsx;

/// <summary>The workbook's cell formats: euro amounts, counts with thousands separators, Dutch dates (d-m-yyyy).</summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Bold = 1;
    public const uint Euro = 2;
    public const uint EuroBold = 3;
    public const uint Count = 4;
    public const uint CountBold = 5;
    public const uint Date = 6;
    public const uint Moment = 7;
    public const uint Decimal = 8;

    /// <summary>Euro with cents, Dutch locale currency symbol ([$€-413] = nl-NL); Excel shows it with the reader's separators.</summary>
    public const string EuroFormat = "[$€-413] #,##0.00;[$€-413] -#,##0.00";

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = EuroFormat },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "d-m-yyyy" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "d-m-yyyy hh:mm" })
        { Count = 3 },
        new DocumentFormat.OpenXml.Spreadsheet.Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0, 0),      // Default
            Format(0, 1),      // Bold
            Format(164, 0),    // Euro
            Format(164, 1),    // EuroBold
            Format(3, 0),      // Count: #,##0 (built-in)
            Format(3, 1),      // CountBold
            Format(165, 0),    // Date
            Format(166, 0),    // Moment
            Format(4, 0))      // Decimal: #,##0.00 (built-in)
        { Count = 9 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Format(uint numberFormat, uint font) => new()
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0 ? BooleanValue.FromBoolean(true) : null,
        ApplyFont = font != 0 ? BooleanValue.FromBoolean(true) : null,
    };
}
