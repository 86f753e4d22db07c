using System.Data.Common;
using Dapper;
using DutchTechZone.Database.Bulk;

namespace DutchTechZone.Database.Loaders;

/// <summary>One open regional-figures load (see <see cref="RegionalFigureLoader"/>). Disposing it without
/// <see cref="CompleteAsync"/> rolls everything back.</summary>
public sealed class RegionalFigureLoad : IAsyncDisposable
{
    private static readonly StagingColumn[] Columns =
    [
        new("measure_key", typeof(int)), new("region_key", typeof(int)), new("category_key", typeof(int)), new("period_key", typeof(int)),
        new("value", typeof(decimal)), new("value_symbol", typeof(string)), new("value_text", typeof(string)), new("cbs_status", typeof(string)),
    ];

    private readonly Warehouse _warehouse;
    private readonly TimeProvider _time;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly IAsyncDisposable?[] _settings;
    private readonly RegionalFigureKeys? _keys;
    private readonly long _importId;
    private readonly string _tableId;
    private readonly string _origin;
    private readonly DateTimeOffset _loadedAt;
    private readonly bool _mayWriteDirectly;
    private long _writtenDirectly;
    private Func<CancellationToken, Task>? _recreateIndexes;

    internal RegionalFigureLoad(
        Warehouse warehouse, TimeProvider time, DbConnection connection, DbTransaction transaction, IAsyncDisposable?[] settings,
        long importId, long sourceKey, CbsSourceRecord source, DateTimeOffset loadedAt, bool mayWriteDirectly)
    {
        _warehouse = warehouse;
        _time = time;
        _connection = connection;
        _transaction = transaction;
        _settings = settings;
        _keys = settings[0] is null ? null : new RegionalFigureKeys();   // foreign keys suspended: each key is checked once at the end
        _importId = importId;
        _tableId = source.TableId;
        _origin = source.Origin;
        _loadedAt = loadedAt;
        _mayWriteDirectly = mayWriteDirectly;
        SourceKey = sourceKey;
    }

    /// <summary>The lineage row (<c>dim_source</c>) of this load.</summary>
    public long SourceKey { get; }

    /// <summary>What the load step did, once <see cref="CompleteAsync"/> ran one.</summary>
    public LoadStepResult? StepResult { get; private set; }

    /// <summary>Cells staged (or, on the direct path, written) so far.</summary>
    public long CellsStaged { get; private set; }

    /// <summary>
    /// True once the first batch went straight into the fact table (a first load on a database that prefers it, see
    /// <see cref="Dialects.SqlDialect.InsertsFirstLoadsDirectly"/>); false when cells are staged and merged; null before the first batch.
    /// </summary>
    public bool? WritesDirectly { get; private set; }

    /// <summary>Inserts or refreshes a measure; returns its key.</summary>
    public Task<int> MeasureKeyAsync(RegionalMeasureRecord measure, CancellationToken ct = default) =>
        ScalarAsync("figures.measure_upsert", measure, ct);

    /// <summary>Adds a region CBS names that the warehouse does not know yet (known ones keep their curated names); returns its key.</summary>
    public async Task<int> RegionKeyAsync(RegionRecord region, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(region);
        await _connection.ExecuteAsync(new CommandDefinition(_warehouse.Sql("region.upsert"), region, _transaction, cancellationToken: ct));
        return await ScalarAsync("figures.region_key", new { region.CbsCode }, ct);
    }

    /// <summary>The key of one combination of other-dimension categories of a table.</summary>
    public Task<int> CategoryKeyAsync(string tableId, string categories, string categoriesTitle, CancellationToken ct = default) =>
        ScalarAsync("figures.category_upsert", new { TableId = tableId, Categories = categories, CategoriesTitle = categoriesTitle }, ct);

    /// <summary>The key of a period code.</summary>
    public Task<int> PeriodKeyAsync(RegionalPeriodRecord period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        return ScalarAsync("figures.period_upsert", new
        {
            period.Period,
            period.PeriodType,
            period.PeriodStart,
            period.PeriodEnd,
            DateKey = PopulationLoader.DateKey(period.PeriodStart),
        }, ct);
    }

    /// <summary>Sets a region's valid-from / valid-to where they are still empty (history is never overwritten).</summary>
    public Task SetRegionValidityAsync(int regionKey, DateOnly? validFrom, DateOnly? validTo, CancellationToken ct = default) =>
        _connection.ExecuteAsync(new CommandDefinition(_warehouse.Sql("figures.region_validity"),
            new { RegionKey = regionKey, ValidFrom = validFrom, ValidTo = validTo }, _transaction, cancellationToken: ct));

    /// <summary>
    /// Writes one batch of cells by the database's bulk path: into staging (merged at <see cref="CompleteAsync"/>), or,
    /// on a first load where the database prefers it, straight into the fact table. The path is chosen at the first batch.
    /// </summary>
    public async Task StageAsync(IReadOnlyCollection<RegionalFigureCell> cells, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count == 0)
        {
            return;
        }

        if (WritesDirectly is null)
        {
            WritesDirectly = _mayWriteDirectly && await FlagAsync("figures.has_facts", new { TableId = _tableId }, ct) == 0;
            if (WritesDirectly == true && await FlagAsync("figures.any_facts", null, ct) == 0)
            {
                // The first facts of the warehouse: its secondary indexes are built once at the end, not kept up per row.
                _recreateIndexes = await _warehouse.Dialect.DropSecondaryIndexesAsync(_connection, _transaction, "fact_regional_figure", ct);
            }
        }

        if (WritesDirectly == true)
        {
            _writtenDirectly += await _warehouse.Dialect.InsertRowsAsync(_connection, _transaction, _warehouse.Sql("figures.insert_new"), Columns, Rows(cells),
                new Dictionary<string, object> { ["source_key"] = SourceKey, ["loaded_at"] = _loadedAt }, ct);
        }
        else
        {
            await _warehouse.Dialect.BulkInsertAsync(_connection, _transaction,
                new StagingBatch(_warehouse.Dialect.StagingTable("stg_regional_figure"), Columns, Rows(cells)), ct);
        }

        _keys?.Add(cells);
        CellsStaged += cells.Count;
    }

    /// <summary>Merges the staged cells set-based, closes the import row and commits; returns the fact rows inserted or changed.</summary>
    /// <remarks>With a <paramref name="step"/> (e.g. the population derivation) the step runs after the merge and the import
    /// row records the step's rows and fingerprint instead of the cells'.</remarks>
    public async Task<long> CompleteAsync(string requestFingerprint, string? message, CancellationToken ct = default, IRegionalLoadStep? step = null)
    {
        // Reconciliation (cells read, unchanged), counted before the merge. When the table had no facts (the direct path,
        // or a staged first load) nothing can be unchanged and every distinct cell is written once (a cell delivered twice
        // is written once): counted by the write itself, without a pass over the staged cells. A step records its own.
        var firstOfTable = WritesDirectly == false && CellsStaged > 0 && await FlagAsync("figures.has_facts", new { TableId = _tableId }, ct) == 0;
        var counts = step is not null ? new RegionalFigureReconciliation.StagedCounts()
            : WritesDirectly == true ? new RegionalFigureReconciliation.StagedCounts(_writtenDirectly, 0)
            : firstOfTable ? null
            : await RegionalFigureReconciliation.CountAsync(_warehouse, _connection, _transaction, _origin, ct);
        if (WritesDirectly == false && CellsStaged > 0 && await FlagAsync("figures.any_facts", null, ct) == 0)
        {
            // The first facts of the warehouse, merged from staging: indexes and foreign keys are checked once at the end.
            _recreateIndexes = await _warehouse.Dialect.DropSecondaryIndexesAsync(_connection, _transaction, "fact_regional_figure", ct);
        }

        // Facts carry the load's time (as its dim_source row does), whichever path wrote them. A table's first staged load
        // cannot meet facts of its own keys: inserted without the merge's conflict check.
        long written = _writtenDirectly + await _connection.ExecuteAsync(new CommandDefinition(_warehouse.Sql(firstOfTable ? "figures.insert_first" : "figures.merge"),
            new { SourceKey, LoadedAt = _loadedAt, Origin = _origin }, _transaction, commandTimeout: 0, cancellationToken: ct));
        counts ??= new RegionalFigureReconciliation.StagedCounts(written, 0);
        if (_recreateIndexes is not null)
        {
            await _recreateIndexes(ct);
            _recreateIndexes = null;
        }

        if (step is not null)
        {
            var derived = await step.RunAsync(_connection, _transaction, SourceKey, _origin, _loadedAt, ct);
            (written, counts, requestFingerprint) = (derived.RowsWritten, new(derived.CellsRead, derived.RowsUnchanged), step.RequestFingerprint ?? requestFingerprint);
            StepResult = derived;
        }

        if (_keys is not null)
        {
            await _keys.CheckAsync(_warehouse, _connection, _transaction, SourceKey, ct);
        }

        await _connection.ExecuteAsync(new CommandDefinition(_warehouse.Sql("import.finish"),
            ImportLog.FinishParameters(new ImportOutcome(_importId, ImportStatus.Loaded, written, SourceKey, message), _time.GetUtcNow()), _transaction, cancellationToken: ct));
        await RegionalFigureReconciliation.RecordAsync(_warehouse, _connection, _transaction, _importId, counts, ct);
        await _connection.ExecuteAsync(new CommandDefinition(_warehouse.Sql("import.fingerprint"),
            new { ImportId = _importId, RequestFingerprint = requestFingerprint }, _transaction, cancellationToken: ct));
        await _transaction.CommitAsync(ct);
        return written;
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        foreach (var setting in _settings)
        {
            if (setting is not null)
            {
                await setting.DisposeAsync();
            }
        }

        await _connection.DisposeAsync();
    }

    /// <summary>
    /// The cells as staging rows, in <see cref="Columns"/> order; one array reused (each is consumed before the next). A key
    /// equal to the previous cell's is the same boxed instance, so a bulk path may skip binding it again.
    /// </summary>
    private static IEnumerable<object?[]> Rows(IEnumerable<RegionalFigureCell> cells)
    {
        var row = new object?[Columns.Length];
        foreach (var c in cells)
        {
            Box(row, 0, c.MeasureKey);
            Box(row, 1, c.RegionKey);
            Box(row, 2, c.CategoryKey);
            Box(row, 3, c.PeriodKey);
            row[4] = c.Value;
            row[5] = c.ValueSymbol;
            row[6] = c.ValueText;
            row[7] = c.CbsStatus;
            yield return row;
        }

        static void Box(object?[] row, int column, int key)
        {
            if (row[column] is not int previous || previous != key)
            {
                row[column] = key;
            }
        }
    }

    private Task<int> FlagAsync(string statement, object? parameters, CancellationToken ct) =>
        _connection.ExecuteScalarAsync<int>(new CommandDefinition(_warehouse.Sql(statement), parameters, _transaction, cancellationToken: ct));

    private Task<int> ScalarAsync(string statement, object parameters, CancellationToken ct) =>
        _connection.ExecuteScalarAsync<int>(new CommandDefinition(_warehouse.Sql(statement), parameters, _transaction, cancellationToken: ct));
}
