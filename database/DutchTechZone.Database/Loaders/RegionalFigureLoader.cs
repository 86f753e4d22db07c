using Dapper;
using DutchTechZone.Database.Dialects;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// Loads cells of any CBS table into <c>fact_regional_figure</c>. A load is one transaction: lineage, dimensions,
/// pages bulk-copied into a session staging table batch by batch (the database's own bulk path), one set-based
/// upsert and the import row — so a table lands completely or not at all, and memory holds one batch, not the table.
/// A table's first load on a database whose bulk path is prepared inserts (SQLite) skips staging and merge: its
/// cells go straight into the fact table (see <see cref="SqlDialect.InsertsFirstLoadsDirectly"/>), with the same outcome.
/// </summary>
public sealed class RegionalFigureLoader(Warehouse warehouse, TimeProvider time)
{
    /// <summary>
    /// Whether a first load may write straight into the fact table where the database prefers it (default); false
    /// always stages and merges (tests compare both paths).
    /// </summary>
    public bool DirectFirstLoads { get; init; } = true;

    /// <summary>Opens the load: a connection, a transaction, the lineage row and the staging table.</summary>
    /// <param name="importId">The import row the load completes.</param>
    /// <param name="source">The CBS table and request.</param>
    /// <param name="writesOnlyFigures">
    /// True (default) when the load writes nothing but regional figures and their dimensions: then a database that checks
    /// foreign keys per row at great cost (SQLite) checks each distinct key once at the end instead
    /// (<see cref="Dialects.SqlDialect.SuspendForeignKeyChecksAsync"/>). False when a step writes other tables (they keep
    /// their per-row checks).
    /// </param>
    /// <param name="ct">Cancels the load.</param>
    public async Task<RegionalFigureLoad> BeginAsync(long importId, CbsSourceRecord source, bool writesOnlyFigures = true, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var connection = await warehouse.OpenAsync(ct);
        IAsyncDisposable? tuning = null;
        IAsyncDisposable? foreignKeys = null;
        try
        {
            tuning = await warehouse.Dialect.TuneForBulkLoadAsync(connection, ct);
            foreignKeys = writesOnlyFigures ? await warehouse.Dialect.SuspendForeignKeyChecksAsync(connection, ct) : null;
            // The first facts of the warehouse are loaded with the fact table's indexes (PostgreSQL: and foreign keys)
            // dropped, built again under an exclusive lock at the end. Loads that find the table empty therefore go one at
            // a time: two such loads that both read the table (a shared lock each) and then both asked for the exclusive
            // lock would deadlock. The look is taken before the transaction, so it keeps no lock on the table.
            var firstFacts = await connection.ExecuteScalarAsync<int>(new CommandDefinition(warehouse.Sql("figures.any_facts"), cancellationToken: ct)) == 0;
            var transaction = await connection.BeginTransactionAsync(ct);
            if (firstFacts)
            {
                await warehouse.Dialect.LockForTransactionAsync(connection, transaction, "dtz.regional_figures.first_facts", ct);
            }

            await warehouse.Dialect.LockForTransactionAsync(connection, transaction, "dtz.regional_figures." + source.TableId, ct);
            var now = time.GetUtcNow();
            var sourceKey = await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("source.insert"), new
            {
                Kind = "cbs_table",
                source.Origin,
                Name = source.TableId,
                CbsModified = (DateTimeOffset?)source.CbsModified.ToUniversalTime(),
                ContentHash = (string?)null,
                source.Url,
                ReceivedAt = (DateTimeOffset?)now,
                LoadedAt = now,
            }, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("figures.stage"), transaction: transaction, cancellationToken: ct));
            var direct = DirectFirstLoads && warehouse.Dialect.InsertsFirstLoadsDirectly;
            return new RegionalFigureLoad(warehouse, time, connection, transaction, [foreignKeys, tuning], importId, sourceKey, source, now, direct);
        }
        catch
        {
            if (foreignKeys is not null)
            {
                await foreignKeys.DisposeAsync();
            }

            if (tuning is not null)
            {
                await tuning.DisposeAsync();
            }

            await connection.DisposeAsync();
            throw;
        }
    }
}
