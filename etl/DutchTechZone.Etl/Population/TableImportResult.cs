namespace DutchTechZone.Etl.Population;

/// <summary>The outcome of importing one CBS table.</summary>
/// <param name="TableId">CBS table id.</param>
/// <param name="Origin"><c>CBS</c> or <c>bundled sample</c>.</param>
/// <param name="Status"><c>loaded</c>, <c>skipped</c> (Modified unchanged) or <c>failed</c>.</param>
/// <param name="RowsRead">Counts read from CBS.</param>
/// <param name="RowsWritten">Fact rows inserted or changed.</param>
/// <param name="Modified">The table's CBS Modified stamp, when it was read.</param>
/// <param name="Message">Why it was skipped or failed.</param>
public sealed record TableImportResult(string TableId, string Origin, string Status, long RowsRead, long RowsWritten, DateTimeOffset? Modified, string? Message)
{
    /// <summary>
    /// A line the operator must see (Dutch), e.g. a configured year not in the bundled snapshot: printed on stderr
    /// instead of the table's result line.
    /// </summary>
    public string? Warning { get; init; }
}
