using Dapper;

namespace DutchTechZone.Database.Queries;

/// <summary>What the warehouse remembers about earlier loads.</summary>
public sealed class LineageQueries(Warehouse warehouse)
{
    /// <summary>The CBS <c>Modified</c> stamp and request fingerprint of the last successful load of a table from an origin, if any.</summary>
    public async Task<CbsLoadStamp?> LastCbsLoadAsync(string tableId, string origin, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<StampRow>(new CommandDefinition(
            warehouse.Sql("import.last_cbs_load"), new { TableId = tableId, Origin = origin }, cancellationToken: ct));
        return row is null ? null : new CbsLoadStamp(row.Modified, row.Fingerprint);
    }

    /// <summary>True when a table was ever loaded from the origin.</summary>
    public async Task<bool> WasLoadedFromAsync(string tableId, string origin, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            warehouse.Sql("import.loaded_count"), new { TableId = tableId, Origin = origin }, cancellationToken: ct)) > 0;
    }

    /// <summary>The names of the partner files that were ever loaded.</summary>
    public async Task<IReadOnlyList<string>> LoadedFileNamesAsync(CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return (await connection.QueryAsync<string>(new CommandDefinition(warehouse.Sql("import.loaded_files"), cancellationToken: ct))).ToList();
    }

    private sealed class StampRow
    {
        public DateTimeOffset Modified { get; set; }

        public string? Fingerprint { get; set; }
    }
}

/// <summary>What a CBS load was: the table's Modified stamp and the fingerprint of the request (regions, years, topics).</summary>
public sealed record CbsLoadStamp(DateTimeOffset Modified, string? Fingerprint);
