using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>Stores a check run and its results (<c>etl_check_run</c>, <c>etl_check</c>) in one transaction.</summary>
public sealed class CheckLog(Warehouse warehouse)
{
    /// <summary>Saves the run; returns its id.</summary>
    public async Task<long> SaveAsync(DateTimeOffset startedAt, DateTimeOffset finishedAt, string status, IReadOnlyList<CheckRecord> checks, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(checks);
        await using var connection = await warehouse.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var runId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("check.run_start"), new { StartedAt = startedAt }, transaction, cancellationToken: ct));
        foreach (var c in checks)
        {
            await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("check.insert"), new
            {
                RunId = runId,
                CheckName = c.Name,
                c.Category,
                c.Status,
                c.FailingRows,
                c.Sample,
                c.Message,
                CheckedAt = finishedAt,
            }, transaction, cancellationToken: ct));
        }

        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("check.run_finish"), new
        {
            RunId = runId,
            FinishedAt = finishedAt,
            Status = status,
            Checks = checks.Count,
            Warned = checks.Count(c => c.Status == "warn"),
            Failed = checks.Count(c => c.Status == "fail"),
        }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return runId;
    }
}

/// <summary>One stored check result; <paramref name="Sample"/> holds the first failing rows, one per line.</summary>
public sealed record CheckRecord(string Name, string Category, string Status, int FailingRows, string? Sample, string? Message);
