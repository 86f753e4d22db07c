using System.Data.Common;
using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// Derives <c>fact_population</c> set-based from the cells a regional-figures load of a population table (37230ned,
/// 03759ned) just merged, with the population import's own statements: staging, the unchanged count (reconciliation)
/// and the upsert that writes only new or changed counts (and relabels sample rows once live figures come).
/// </summary>
/// <param name="warehouse">The warehouse.</param>
/// <param name="tableId">The CBS table.</param>
/// <param name="topics">The population topics (key stems) and when each counts: <c>start_of_day</c> or <c>end_of_day</c>.</param>
/// <param name="periodType">The warehouse period type to take: <c>maand</c> or <c>jaar</c>.</param>
/// <param name="codes">The municipalities.</param>
/// <param name="fromYear">The first year.</param>
/// <param name="requestFingerprint">The population request's fingerprint (skip-if-unchanged).</param>
public sealed class PopulationDerivation(
    Warehouse warehouse,
    string tableId,
    IReadOnlyList<(string TopicKey, string CountsAt)> topics,
    string periodType,
    IReadOnlyList<string> codes,
    int fromYear,
    string requestFingerprint) : IRegionalLoadStep
{
    public string? RequestFingerprint => requestFingerprint;

    public async Task<LoadStepResult> RunAsync(DbConnection connection, DbTransaction transaction, long sourceKey, string origin, DateTimeOffset loadedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        foreach (var (topicKey, countsAt) in topics)
        {
            await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("population.counts_at"),
                new { TableId = tableId, TopicKey = topicKey, CountsAt = countsAt }, transaction, cancellationToken: ct));
        }

        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("population.stage"), transaction: transaction, cancellationToken: ct));
        long read = await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("population.derive"), new
        {
            TableId = tableId,
            Topics = topics.Select(t => t.TopicKey).ToArray(),
            Codes = codes.Select(c => c.ToUpperInvariant()).ToArray(),
            PeriodType = periodType,
            FromDateKey = (fromYear * 10000) + 101,
        }, transaction, cancellationToken: ct));
        var unchanged = await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("population.unchanged"),
            new { Origin = origin }, transaction, cancellationToken: ct));
        long written = await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("population.merge"),
            new { SourceKey = sourceKey, LoadedAt = loadedAt, Origin = origin }, transaction, cancellationToken: ct));
        return new LoadStepResult(read, written, unchanged);
    }
}
