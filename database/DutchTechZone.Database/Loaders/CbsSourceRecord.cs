namespace DutchTechZone.Database.Loaders;

/// <summary>Lineage of a CBS pull (<c>dim_source</c>): which table, from where, as modified when.</summary>
/// <param name="TableId">CBS table id, e.g. <c>37230ned</c>.</param>
/// <param name="Origin"><c>CBS</c> for the live service, <c>bundled sample</c> for the offline snapshot.</param>
/// <param name="CbsModified">The table's <c>Modified</c> stamp.</param>
/// <param name="Url">The address the data came from.</param>
public sealed record CbsSourceRecord(string TableId, string Origin, DateTimeOffset CbsModified, string Url);
