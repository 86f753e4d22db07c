using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>Records a rejected file: every error in <c>etl_rejection</c> and the import row, in one transaction.</summary>
public sealed class RejectionLog(Warehouse warehouse, TimeProvider time)
{
    public async Task RecordAsync(long importId, string fileName, IReadOnlyList<RejectionRecord> errors, string message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(errors);
        await using var connection = await warehouse.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (errors.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("rejection.insert"), errors.Select(e => new
            {
                ImportId = importId,
                FileName = fileName,
                e.Sheet,
                e.RowNumber,
                e.ColumnName,
                e.Value,
                e.Message,
            }), transaction, cancellationToken: ct));
        }

        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.finish"),
            ImportLog.FinishParameters(new ImportOutcome(importId, ImportStatus.Rejected, 0, Message: message), time.GetUtcNow()), transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
    }

    /// <summary>The name an earlier load of identical content was delivered under, or null.</summary>
    public async Task<string?> LoadedWithHashAsync(string contentHash, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(warehouse.Sql("import.loaded_hash"), new { ContentHash = contentHash }, cancellationToken: ct));
    }
}

/// <summary>One error of a rejected file.</summary>
public sealed record RejectionRecord(string? Sheet, int? RowNumber, string? ColumnName, string? Value, string Message);
