namespace DutchTechZone.Etl.Cbs;

/// <summary>The one row of a table's <c>TableInfos</c> set (cbs-api.md §1.4), used for change detection.</summary>
/// <param name="Identifier">Table id as CBS issues it (<c>37230ned</c>).</param>
/// <param name="Title">Dutch title.</param>
/// <param name="Modified">When the data last changed; CBS's offset-less local time read as Europe/Amsterdam.</param>
/// <param name="MetaDataModified">When the metadata last changed, if given.</param>
/// <param name="Frequency">Update frequency (<c>Perjaar</c>, <c>Permaand</c>, …), if given.</param>
/// <param name="RecordCount">Number of rows, if given (the catalog carries it; TableInfos often does not).</param>
public sealed record CbsTableInfo(
    string Identifier,
    string Title,
    DateTimeOffset Modified,
    DateTimeOffset? MetaDataModified,
    string? Frequency,
    long? RecordCount);
