namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// A sheet whose rows are read lazily (streaming) and at most once. Enumerating may throw for a broken file
/// (XmlException and the like); <see cref="SheetInterpreter"/> turns that into an error.
/// </summary>
internal sealed record RawSheet(string Name, IEnumerable<RawRow> Rows);
