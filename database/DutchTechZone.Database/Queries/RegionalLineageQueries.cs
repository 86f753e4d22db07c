using Dapper;

namespace DutchTechZone.Database.Queries;

/// <summary>What the warehouse remembers about earlier regional-figures loads (etl_import kind <c>cbs_figures</c>).</summary>
public sealed class RegionalLineageQueries(Warehouse warehouse)
{
    /// <summary>The CBS <c>Modified</c> stamp and request fingerprint of the last successful load of a table from an origin, if any.</summary>
    public async Task<CbsLoadStamp?> LastLoadAsync(string tableId, string origin, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<StampRow>(new CommandDefinition(
            warehouse.Sql("figures.last_load"), new { TableId = tableId, Origin = origin }, cancellationToken: ct));
        return row is null ? null : new CbsLoadStamp(row.Modified, row.Fingerprint);
    }

    /// <summary>True when a table's figures were ever loaded from the origin.</summary>
    public async Task<bool> WasLoadedFromAsync(string tableId, string origin, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            warehouse.Sql("figures.loaded_count"), new { TableId = tableId, Origin = origin }, cancellationToken: ct)) > 0;
    }

    private sealed class StampRow
    {
        public DateTimeOffset Modified { get; set; }

        public string? Fingerprint { get; set; }
    }
}
