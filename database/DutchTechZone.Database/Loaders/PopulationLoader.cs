using System.Globalization;
using Dapper;
using DutchTechZone.Database.Bulk;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// Loads population counts into <c>fact_population</c>: lineage, dimensions, bulk into staging, one set-based
/// upsert, and the import row — all in one transaction, so a load lands completely or not at all.
/// </summary>
public sealed class PopulationLoader(Warehouse warehouse, TimeProvider time)
{
    private static readonly StagingColumn[] Columns =
    [
        new("cbs_code", typeof(string)), new("table_id", typeof(string)), new("topic_key", typeof(string)),
        new("date_key", typeof(int)), new("inhabitants", typeof(long)), new("cbs_period", typeof(string)),
        new("cbs_status", typeof(string)),
    ];

    /// <summary>Writes the load; returns the number of fact rows inserted or changed.</summary>
    public async Task<long> LoadAsync(PopulationLoad load, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = time.GetUtcNow();
        await using var connection = await warehouse.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        var sourceKey = await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("source.insert"), new
        {
            Kind = "cbs_table",
            load.Source.Origin,
            Name = load.Source.TableId,
            CbsModified = (DateTimeOffset?)load.Source.CbsModified.ToUniversalTime(), // timestamps are stored in UTC (Npgsql refuses other offsets)
            ContentHash = (string?)null,
            load.Source.Url,
            ReceivedAt = (DateTimeOffset?)now,
            LoadedAt = now,
        }, transaction, cancellationToken: ct));

        foreach (var region in load.Regions)
        {
            await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("region.upsert"), region, transaction, cancellationToken: ct));
        }

        foreach (var measure in load.Measures)
        {
            await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("measure.upsert"), measure, transaction, cancellationToken: ct));
        }

        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("population.stage"), transaction: transaction, cancellationToken: ct));
        var cellsRead = 0L;
        var rows = load.Rows.Select(r => new object?[]
        {
            r.CbsCode, r.TableId, r.TopicKey, DateKey(r.ReferenceDate), r.Inhabitants, r.CbsPeriod, r.CbsStatus,
        });
        await warehouse.Dialect.BulkInsertAsync(connection, transaction, new StagingBatch(warehouse.Dialect.StagingTable("stg_population"), Columns, rows.Select(r =>
        {
            cellsRead++;
            return r;
        })), ct);
        var unchanged = await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("population.unchanged"),
            new { load.Source.Origin }, transaction, cancellationToken: ct));
        long written = await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("population.merge"),
            new { SourceKey = sourceKey, LoadedAt = now, load.Source.Origin }, transaction, cancellationToken: ct));

        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.finish"),
            ImportLog.FinishParameters(new ImportOutcome(load.ImportId, ImportStatus.Loaded, written, sourceKey), time.GetUtcNow()), transaction, cancellationToken: ct));

        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.reconcile"),
            new { load.ImportId, CellsRead = cellsRead, RowsUnchanged = unchanged, AmountTotalCents = (long?)null }, transaction, cancellationToken: ct));

        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.fingerprint"),
            new { load.ImportId, load.RequestFingerprint }, transaction, cancellationToken: ct));

        await transaction.CommitAsync(ct);
        return written;
    }

    /// <summary>The loader of the regional pipeline, which a population pull now goes through (one pull per table).</summary>
    public RegionalFigureLoader Cells => new(warehouse, time);

    /// <summary>What the regional pipeline remembers (for a pipeline built by the population import).</summary>
    public Queries.RegionalLineageQueries RegionalLineage => new(warehouse);

    /// <summary>The step that derives <c>fact_population</c> from a population table's merged cells.</summary>
    public PopulationDerivation Derivation(string tableId, IReadOnlyList<(string TopicKey, string CountsAt)> topics, string periodType, IReadOnlyList<string> codes, int fromYear, string requestFingerprint) =>
        new(warehouse, tableId, topics, periodType, codes, fromYear, requestFingerprint);

    /// <summary>The <c>dim_date</c> key of a date: yyyymmdd.</summary>
    public static int DateKey(DateOnly date) => int.Parse(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
