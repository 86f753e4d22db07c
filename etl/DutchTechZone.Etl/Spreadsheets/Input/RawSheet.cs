namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// A sheet whose rows are read lazily (streaming) and at most once. Enumerating may throw for a broken file
/// (XmlException and the like); <see cref="SheetInterpreter"/> turns that into an error.
/// </summary>
internal sealed record RawSheet(string Name, IEnumerable<RawRow> Rows)
{
    /// <summary>The workbook uses the 1904 date system (workbookPr date1904): numbers in a date column count from 1-1-1904.</summary>
    public bool Date1904 { get; init; }

    /// <summary>
    /// Every non-empty data row must have exactly as many fields as the header row (<see cref="RawRow.FieldCount"/>):
    /// true for a comma-separated CSV, where a Dutch decimal comma would otherwise silently split a value in two.
    /// </summary>
    public bool ExactFieldCount { get; init; }
}
