namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Cells of a CSV the product writes: a text that Excel would take for a formula (starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading apostrophe, so it opens as text, never as a formula
/// (CSV injection); a cell with the separator, a quote or a line break is quoted. The xlsx the product writes hold
/// inline strings only, which Excel never evaluates.
/// </summary>
public static class CsvCells
{
    /// <summary>One cell, safe to write between <paramref name="separator"/>s.</summary>
    public static string Safe(string? text, char separator = ';')
    {
        var value = text ?? "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>One line of cells.</summary>
    public static string Line(IEnumerable<string?> cells, char separator = ';') => string.Join(separator, cells.Select(c => Safe(c, separator)));
}
