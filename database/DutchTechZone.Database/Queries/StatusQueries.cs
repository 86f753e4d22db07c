using Dapper;

namespace DutchTechZone.Database.Queries;

/// <summary>What the status page and <c>/health</c> read: freshness of the sources, recent imports, rejected files.</summary>
public sealed class StatusQueries(Warehouse warehouse)
{
    /// <summary>The last successful load of every CBS table and the status of its last attempt.</summary>
    public async Task<IReadOnlyList<CbsTableFreshness>> CbsTablesAsync(CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return (await connection.QueryAsync<CbsTableFreshness>(new CommandDefinition(warehouse.Sql("status.cbs_tables"), cancellationToken: ct))).ToList();
    }

    /// <summary>The newest imports, newest first.</summary>
    public async Task<IReadOnlyList<ImportRow>> RecentImportsAsync(int limit, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return (await connection.QueryAsync<ImportRow>(new CommandDefinition(warehouse.Sql("status.recent_imports"), new { Limit = limit }, cancellationToken: ct))).ToList();
    }

    /// <summary>The newest rejected files, newest first.</summary>
    public async Task<IReadOnlyList<RejectedFileRow>> RejectedFilesAsync(int limit, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return (await connection.QueryAsync<RejectedFileRow>(new CommandDefinition(warehouse.Sql("status.rejected_files"), new { Limit = limit }, cancellationToken: ct))).ToList();
    }

    /// <summary>One rejected file by its import id; null when the id is not a rejected file.</summary>
    public async Task<RejectedFileRow?> RejectedFileAsync(long importId, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<RejectedFileRow>(new CommandDefinition(warehouse.Sql("status.rejected_file"), new { ImportId = importId }, cancellationToken: ct));
    }

    /// <summary>The first errors of a rejected file.</summary>
    public async Task<IReadOnlyList<RejectionRow>> RejectionsOfAsync(long importId, int limit, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return (await connection.QueryAsync<RejectionRow>(new CommandDefinition(warehouse.Sql("status.rejections_of"), new { ImportId = importId, Limit = limit }, cancellationToken: ct))).ToList();
    }

    /// <summary>When a CBS import last succeeded; null when never.</summary>
    public async Task<DateTimeOffset?> LastCbsSuccessAsync(CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<MomentRow>(new CommandDefinition(warehouse.Sql("status.last_cbs_success"), cancellationToken: ct));
        return row?.At;
    }

    /// <summary>Throws when the warehouse does not answer.</summary>
    public async Task PingAsync(CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("status.ping"), cancellationToken: ct));
    }

    private sealed class MomentRow
    {
        public DateTimeOffset? At { get; set; }
    }
}

/// <summary>The freshness of one CBS table.</summary>
public sealed class CbsTableFreshness
{
    public string TableId { get; set; } = "";

    public string Origin { get; set; } = "";

    public DateTimeOffset? CbsModified { get; set; }

    public DateTimeOffset? LoadedAt { get; set; }

    public long RowsWritten { get; set; }

    public string? LastStatus { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }
}

/// <summary>One import as the status page lists it.</summary>
public sealed class ImportRow
{
    public long ImportId { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Origin { get; set; }

    public string Status { get; set; } = "";

    public long RowsWritten { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? Message { get; set; }
}

/// <summary>A rejected file and its number of errors.</summary>
public sealed class RejectedFileRow
{
    public long ImportId { get; set; }

    public string Name { get; set; } = "";

    public DateTimeOffset? RejectedAt { get; set; }

    public string? Message { get; set; }

    public long ErrorCount { get; set; }
}

/// <summary>One error of a rejected file.</summary>
public sealed class RejectionRow
{
    public string? Sheet { get; set; }

    public long? RowNumber { get; set; }

    public string? ColumnName { get; set; }

    public string? Value { get; set; }

    public string Message { get; set; } = "";
}
