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
    private readonly long _importId;
    private readonly string _origin;

    internal RegionalFigureLoad(Warehouse warehouse, TimeProvider time, DbConnection connection, DbTransaction transaction, long importId, long sourceKey, string origin)
    {
        _warehouse = warehouse;
        _time = time;
        _connection = connection;
        _transaction = transaction;
        _importId = importId;
        _origin = origin;
        SourceKey = sourceKey;
    }

    /// <summary>The lineage row (<c>dim_source</c>) of this load.</summary>
    public long SourceKey { get; }

    /// <summary>What the load step did, once <see cref="CompleteAsync"/> ran one.</summary>
    public LoadStepResult? StepResult { get; private set; }

    /// <summary>Cells staged so far.</summary>
    public long CellsStaged { get; private set; }

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

    /// <summary>Bulk-copies one batch of cells into staging by the database's bulk path.</summary>
    public async Task StageAsync(IReadOnlyCollection<RegionalFigureCell> cells, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Count == 0)
        {
            return;
        }

        var rows = cells.Select(c => new object?[]
        {
            c.MeasureKey, c.RegionKey, c.CategoryKey, c.PeriodKey, c.Value, c.ValueSymbol, c.ValueText, c.CbsStatus,
        });
        await _warehouse.Dialect.BulkInsertAsync(_connection, _transaction,
            new StagingBatch(_warehouse.Dialect.StagingTable("stg_regional_figure"), Columns, rows), ct);
        CellsStaged += cells.Count;
    }

    /// <summary>Merges the staged cells set-based, closes the import row and commits; returns the fact rows inserted or changed.</summary>
    /// <remarks>With a <paramref name="step"/> (e.g. the population derivation) the step runs after the merge and the import
    /// row records the step's rows and fingerprint instead of the cells'.</remarks>
    public async Task<long> CompleteAsync(string requestFingerprint, string? message, CancellationToken ct = default, IRegionalLoadStep? step = null)
    {
        var now = _time.GetUtcNow();
        var counts = step is null   // reconciliation (cells read, unchanged); a step records its own
            ? await RegionalFigureReconciliation.CountAsync(_warehouse, _connection, _transaction, _origin, ct)
            : new RegionalFigureReconciliation.StagedCounts();
        long written = await _connection.ExecuteAsync(new CommandDefinition(_warehouse.Sql("figures.merge"),
            new { SourceKey, LoadedAt = now, Origin = _origin }, _transaction, commandTimeout: 0, cancellationToken: ct));
        if (step is not null)
        {
            var derived = await step.RunAsync(_connection, _transaction, SourceKey, _origin, now, ct);
            (written, counts, requestFingerprint) = (derived.RowsWritten, new(derived.CellsRead, derived.RowsUnchanged), step.RequestFingerprint ?? requestFingerprint);
            StepResult = derived;
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
        await _connection.DisposeAsync();
    }

    private Task<int> ScalarAsync(string statement, object parameters, CancellationToken ct) =>
        _connection.ExecuteScalarAsync<int>(new CommandDefinition(_warehouse.Sql(statement), parameters, _transaction, cancellationToken: ct));
}
