using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>The operations table <c>etl_import</c>: one row per CBS pull or delivered file.</summary>
public sealed class ImportLog(Warehouse warehouse, TimeProvider time)
{
    /// <summary>The <c>message</c> of a row closed as interrupted.</summary>
    public const string InterruptedMessage = "onderbroken: het proces stopte of verloor de database voordat deze import klaar was";

    /// <summary>
    /// Records the start of an import in its own transaction, so that a crash still leaves a trace. A row of the same
    /// source (kind and name) still <c>running</c> was left by a run that died: it is marked <c>interrupted</c> first.
    /// Callers run one import of a source at a time (the drop-folder lock; one CBS pull per table).
    /// </summary>
    public async Task<long> StartAsync(string kind, string name, string? origin, string? contentHash, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var now = time.GetUtcNow();
        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.interrupt_source"),
            new { Kind = kind, Name = name, FinishedAt = now, Message = InterruptedMessage }, cancellationToken: ct));
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("import.start"),
            new { Kind = kind, Name = name, Origin = origin, ContentHash = contentHash, StartedAt = now },
            cancellationToken: ct));
    }

    /// <summary>
    /// Marks every import row still <c>running</c> as <c>interrupted</c>; returns how many. Call it only when no import
    /// can be running (at <c>dtz serve</c> start-up, before the scheduler starts).
    /// </summary>
    public async Task<int> CloseInterruptedImportsAsync(CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.interrupt_all"),
            new { FinishedAt = time.GetUtcNow(), Message = InterruptedMessage }, cancellationToken: ct));
    }

    /// <summary>Closes an import row outside a load (skipped, failed, duplicate, rejected).</summary>
    public async Task FinishAsync(ImportOutcome outcome, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.finish"), Parameters(outcome), cancellationToken: ct));
    }

    internal object Parameters(ImportOutcome outcome) => FinishParameters(outcome, time.GetUtcNow());

    /// <summary>The parameters of <c>import.finish</c>, for loaders that close the import row inside their own transaction.</summary>
    internal static object FinishParameters(ImportOutcome outcome, DateTimeOffset finishedAt) => new
    {
        outcome.ImportId,
        Status = ImportStatusNames.NameOf(outcome.Status),
        outcome.RowsWritten,
        outcome.SourceKey,
        FinishedAt = finishedAt,
        outcome.Message,
        outcome.Replaces,
    };
}

/// <summary>How an import ended.</summary>
/// <param name="ImportId">The <c>etl_import</c> row.</param>
/// <param name="Status">How it ended.</param>
/// <param name="RowsWritten">Fact rows inserted or changed.</param>
/// <param name="SourceKey">The lineage row, when something was loaded.</param>
/// <param name="Message">A human-readable note (the error of a failure).</param>
/// <param name="Replaces">Names of earlier deliveries this one replaced.</param>
public sealed record ImportOutcome(long ImportId, ImportStatus Status, long RowsWritten, long? SourceKey = null, string? Message = null, string? Replaces = null);
