namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>A row as read: its Excel row number and its cells by 0-based column index.</summary>
internal sealed record RawRow(int RowNumber, IReadOnlyDictionary<int, RawCell> Cells)
{
    public bool IsEmpty => Cells.Values.All(c => c.IsBlank);

    public RawCell? Cell(int column) => Cells.TryGetValue(column, out var c) && !c.IsBlank ? c : null;

    public RawCell? FirstNonEmpty() => Cells.OrderBy(kv => kv.Key).Select(kv => kv.Value).FirstOrDefault(c => !c.IsBlank);
}
