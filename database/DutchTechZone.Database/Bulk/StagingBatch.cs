namespace DutchTechZone.Database.Bulk;

/// <summary>Rows for one staging table: the columns, then each row's values in column order.</summary>
public sealed record StagingBatch(string Table, IReadOnlyList<StagingColumn> Columns, IEnumerable<object?[]> Rows);
