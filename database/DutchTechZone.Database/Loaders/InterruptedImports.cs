using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// Closes <c>etl_import</c> rows left <c>running</c> by a process that died (kill -9, power loss, database outage).
/// A load runs in one transaction, so such a row has no facts: it is marked <c>interrupted</c>, and the file (back in
/// <c>incoming/</c>) or the CBS table is loaded again by the next run.
/// </summary>
public sealed class InterruptedImports(Warehouse warehouse, TimeProvider time)
{
    /// <summary>Marks every running import interrupted; call only when no other process can be loading. Returns the count.</summary>
    public async Task<int> CloseAllAsync(string message, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            warehouse.Sql("import.interrupt_all"), new { FinishedAt = time.GetUtcNow(), Message = message }, cancellationToken: ct));
    }
}
