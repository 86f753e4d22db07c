using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Which cell style indexes (the <c>s</c> attribute) carry a date number format.</summary>
internal sealed class XlsxStyles
{
    private readonly bool[] _isDate;

    private XlsxStyles(bool[] isDate) => _isDate = isDate;

    public bool IsDate(uint styleIndex) => styleIndex < _isDate.Length && _isDate[styleIndex];

    public static XlsxStyles Load(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null) return new XlsxStyles([]);
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        var flags = stylesheet.CellFormats.Elements<CellFormat>()
            .Select(xf => xf.NumberFormatId?.Value is { } id && IsDateFormat(id, custom))
            .ToArray();
        return new XlsxStyles(flags);
    }

    private static bool IsDateFormat(uint id, Dictionary<uint, string> custom)
    {
        if (custom.TryGetValue(id, out var code)) return IsDateCode(code);
        return id is (>= 14 and <= 17) or 22 or (>= 27 and <= 36) or (>= 50 and <= 58);
    }

    /// <summary>A format code is a date format when, outside quoted text, escapes and [..] blocks, it has d, m or y.</summary>
    internal static bool IsDateCode(string code)
    {
        var section = code.Split(';')[0];
        var inQuote = false;
        var inBracket = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (inQuote)
            {
                inQuote = c != '"';
                continue;
            }

            if (inBracket)
            {
                inBracket = c != ']';
                continue;
            }

            switch (c)
            {
                case '"': inQuote = true; break;
                case '[': inBracket = true; break;
                case '\\' or '_' or '*': i++; break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'j' or 'J': return true;
            }
        }

        return false;
    }
}
