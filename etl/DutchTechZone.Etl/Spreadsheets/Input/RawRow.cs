namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>A row as read: its Excel row number and its cells by 0-based column index.</summary>
internal sealed record RawRow(int RowNumber, IReadOnlyDictionary<int, RawCell> Cells)
{
    /// <summary>For CSV: the number of fields of the record (empty ones included); 0 when unknown (xlsx).</summary>
    public int FieldCount { get; init; }

    /// <summary>For CSV: the record as it stands in the file (without line break); null for xlsx.</summary>
    public string? RawText { get; init; }

    public bool IsEmpty => Cells.Values.All(c => c.IsBlank);

    public RawCell? Cell(int column) => Cells.TryGetValue(column, out var c) && !c.IsBlank ? c : null;

    public RawCell? FirstNonEmpty() => Cells.OrderBy(kv => kv.Key).Select(kv => kv.Value).FirstOrDefault(c => !c.IsBlank);
}
