namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>How a cell's value was stored in the file.</summary>
internal enum RawCellKind
{
    Text,
    Number,
    Date,
    Boolean,
    Error,
}

/// <summary>
/// One non-empty cell as read from the file, before interpretation. <see cref="Text"/> is always set (the cell text,
/// the number's round-trip text, the ISO date or the Excel error such as <c>#REF!</c>).
/// </summary>
internal sealed record RawCell(RawCellKind Kind, string Text, double Number = 0, DateOnly? Date = null)
{
    public bool IsBlank => Kind == RawCellKind.Text && string.IsNullOrWhiteSpace(Text);
}
