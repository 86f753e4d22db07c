namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>One problem found in a delivered spreadsheet, located as a person sees it in Excel.</summary>
/// <param name="File">The file name (without folder).</param>
/// <param name="Sheet">The sheet name; for CSV the file name without extension. Null for file-level problems.</param>
/// <param name="Row">The row number as Excel shows it (1-based; the header is row 1 normally).</param>
/// <param name="Column">The column letter plus its template header, e.g. <c>F (Bedrag)</c>.</param>
/// <param name="Value">The value found in the cell, as text.</param>
/// <param name="Message">What is wrong and what was expected, in Dutch.</param>
public sealed record SpreadsheetError(string File, string? Sheet, int? Row, string? Column, string? Value, string Message)
{
    /// <summary>One line for a report: <c>bestand, blad, rij, kolom, waarde: melding</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Sheet is not null) parts.Add($"blad {Sheet}");
        if (Row is not null) parts.Add($"rij {Row.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        if (Column is not null) parts.Add($"kolom {Column}");
        if (Value is not null) parts.Add($"waarde '{Value}'");
        return string.Join(", ", parts) + ": " + Message;
    }
}
