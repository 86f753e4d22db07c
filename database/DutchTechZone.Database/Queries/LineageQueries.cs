using Dapper;

namespace DutchTechZone.Database.Queries;

/// <summary>What the warehouse remembers about earlier loads.</summary>
public sealed class LineageQueries(Warehouse warehouse)
{
    /// <summary>The CBS <c>Modified</c> stamp of the last successful load of a table from an origin, if any.</summary>
    public async Task<DateTimeOffset?> LastCbsModifiedAsync(string tableId, string origin, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<DateTimeOffset?>(new CommandDefinition(
            warehouse.Sql("import.last_cbs_modified"), new { TableId = tableId, Origin = origin }, cancellationToken: ct));
    }
}
