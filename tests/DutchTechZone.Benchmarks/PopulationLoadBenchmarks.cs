using System.Globalization;
using BenchmarkDotNet.Attributes;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Migrations;
using Microsoft.Data.Sqlite;

namespace DutchTechZone.Benchmarks;

/// <summary>
/// The population fact load: <see cref="PopulationLoader"/> (bulk into staging + one set-based upsert) against a
/// naive baseline (Dapper <c>Execute(insertSql, rows)</c>: one INSERT per row, one transaction), for SQLite and,
/// when <c>DTZ_BENCH_POSTGRES</c> is set, PostgreSQL. Every iteration starts from an empty fact table, except
/// <see cref="LoaderReloadUnchanged"/>, which starts from the identical rows and so writes nothing.
/// </summary>
/// <remarks>
/// One invocation per iteration: the iteration setup empties (or refills) <c>fact_population</c>, so a second
/// invocation in the same iteration would measure a different thing.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(1)]
public class PopulationLoadBenchmarks
{
    private const string TableId = "bench01";
    private const int MeasureCount = 4;

    private const string NaiveInsertSql =
        "INSERT INTO fact_population (region_key, date_key, measure_key, inhabitants, cbs_period, cbs_status, source_key, loaded_at) " +
        "VALUES (@RegionKey, @DateKey, @MeasureKey, @Inhabitants, @CbsPeriod, @CbsStatus, @SourceKey, @LoadedAt)";

    /// <summary>The five partner municipalities, seeded in <c>dim_region</c> by the migrations.</summary>
    private static readonly string[] RegionCodes = ["GM0114", "GM1681", "GM0109", "GM0160", "GM0118"];

    private static readonly DateOnly FirstDate = new(2000, 1, 1);

    private readonly CbsSourceRecord _source = new(TableId, "benchmark", new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero), "https://example.invalid/bench01");
    private readonly List<RegionRecord> _regions = [.. RegionCodes.Select(c => new RegionRecord(c, c, "gemeente", IsPartner: true))];
    private readonly List<MeasureRecord> _measures =
        [.. Enumerable.Range(0, MeasureCount).Select(m => new MeasureRecord(TableId, $"Topic{m}", $"Topic{m}_1", $"Benchmark topic {m}", "aantal", 0, "end_of_day"))];

    private string _connectionString = "";
    private string? _sqliteFile;
    private Warehouse _warehouse = null!;
    private PopulationLoader _loader = null!;
    private ImportLog _imports = null!;
    private List<PopulationRecord> _rows = [];
    private List<NaiveFactRow> _naiveRows = [];
    private long _importId;

    /// <summary>The warehouse database: SQLite always, PostgreSQL when <c>DTZ_BENCH_POSTGRES</c> is set.</summary>
    [ParamsSource(nameof(Databases))]
    public WarehouseProvider Database { get; set; }

    /// <summary>Fact rows per load.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Rows { get; set; }

    /// <summary>The databases available on this machine.</summary>
    public static IEnumerable<WarehouseProvider> Databases => BenchmarkDatabases.Available();

    [GlobalSetup]
    public void GlobalSetup() => GlobalSetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        if (_sqliteFile is null) return;
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _sqliteFile, _sqliteFile + "-journal", _sqliteFile + "-wal", _sqliteFile + "-shm", _sqliteFile + ".lock" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }

    [IterationSetup(Targets = [nameof(NaivePerRowInsert), nameof(LoaderInsert)])]
    public void EmptyFactTable() => PrepareAsync(refill: false).GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(LoaderReloadUnchanged))]
    public void FillFactTableWithIdenticalRows() => PrepareAsync(refill: true).GetAwaiter().GetResult();

    /// <summary>Baseline: Dapper runs the INSERT once per row inside one transaction.</summary>
    [Benchmark(Baseline = true, Description = "Naive: Dapper INSERT per row")]
    public async Task<int> NaivePerRowInsert()
    {
        await using var connection = await _warehouse.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var written = connection.Execute(NaiveInsertSql, _naiveRows, transaction);
        await transaction.CommitAsync();
        return written;
    }

    /// <summary>PopulationLoader into an empty fact table: every row is inserted.</summary>
    [Benchmark(Description = "PopulationLoader: insert")]
    public Task<long> LoaderInsert() => _loader.LoadAsync(Load(_rows));

    /// <summary>PopulationLoader with the rows already present and identical: the "unchanged" path, 0 rows written.</summary>
    [Benchmark(Description = "PopulationLoader: identical re-load")]
    public Task<long> LoaderReloadUnchanged() => _loader.LoadAsync(Load(_rows));

    private async Task GlobalSetupAsync()
    {
        if (Database == WarehouseProvider.Sqlite)
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"dtz-bench-{Guid.NewGuid():N}.db");
            _connectionString = $"Data Source={_sqliteFile}";
        }
        else
        {
            _connectionString = BenchmarkDatabases.PostgreSqlConnectionString
                ?? throw new InvalidOperationException($"{BenchmarkDatabases.PostgreSqlVariable} is not set.");
        }

        await new WarehouseMigrator(BenchmarkDatabases.ToMigrationProvider(Database), _connectionString).MigrateAsync();
        _warehouse = new Warehouse(new WarehouseSettings(Database, _connectionString));
        _loader = new PopulationLoader(_warehouse, TimeProvider.System);
        _imports = new ImportLog(_warehouse, TimeProvider.System);

        // An empty load creates the benchmark's measures (dim_measure) and a lineage row (dim_source).
        await ClearAsync();
        await _loader.LoadAsync(Load([]));

        _rows = [.. Enumerable.Range(0, Rows).Select(Row)];
        _naiveRows = await NaiveRowsAsync(_rows);

        // Sanity checks (not timings): both paths write every row, and an identical re-load writes none.
        await PrepareAsync(refill: false);
        Check(await NaivePerRowInsert(), Rows, "naive insert");
        await PrepareAsync(refill: false);
        Check(await LoaderInsert(), Rows, "loader insert");
        Check(await LoaderReloadUnchanged(), 0, "identical re-load");
    }

    /// <summary>Row i: five regions × four measures per day, days counting up from 2000-01-01 (100 000 rows reach 2013).</summary>
    private static PopulationRecord Row(int i)
    {
        var date = FirstDate.AddDays(i / (RegionCodes.Length * MeasureCount));
        var period = string.Create(CultureInfo.InvariantCulture, $"{date.Year}MM{date.Month:00}");
        return new PopulationRecord(RegionCodes[i % RegionCodes.Length], TableId, $"Topic{i / RegionCodes.Length % MeasureCount}", date,
            10_000 + (i % 90_000), period, "Definitief");
    }

    private PopulationLoad Load(IEnumerable<PopulationRecord> rows) => new(_importId, _source, _regions, _measures, rows);

    private async Task<List<NaiveFactRow>> NaiveRowsAsync(List<PopulationRecord> rows)
    {
        await using var connection = await _warehouse.OpenAsync();
        var regionKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in RegionCodes)
        {
            regionKeys[code] = await connection.ExecuteScalarAsync<int>("SELECT region_key FROM dim_region WHERE cbs_code = @code", new { code });
        }

        var measureKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var measure in _measures)
        {
            measureKeys[measure.TopicKey] = await connection.ExecuteScalarAsync<int>(
                "SELECT measure_key FROM dim_measure WHERE table_id = @TableId AND topic_key = @TopicKey", measure);
        }

        var sourceKey = await connection.ExecuteScalarAsync<int>("SELECT MAX(source_key) FROM dim_source");
        var loadedAt = TimeProvider.System.GetUtcNow();
        return [.. rows.Select(r => new NaiveFactRow(regionKeys[r.CbsCode], PopulationLoader.DateKey(r.ReferenceDate), measureKeys[r.TopicKey],
            r.Inhabitants, r.CbsPeriod, r.CbsStatus, sourceKey, loadedAt))];
    }

    private async Task PrepareAsync(bool refill)
    {
        await ClearAsync();
        _importId = await _imports.StartAsync("cbs", TableId, "benchmark", null);
        if (refill)
        {
            await _loader.LoadAsync(Load(_rows));
            _importId = await _imports.StartAsync("cbs", TableId, "benchmark", null);
        }
    }

    private async Task ClearAsync()
    {
        await using var connection = await _warehouse.OpenAsync();
        await connection.ExecuteAsync(Database == WarehouseProvider.PostgreSql ? "TRUNCATE fact_population" : "DELETE FROM fact_population");
    }

    private void Check(long actual, long expected, string what)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"{Database}, {Rows} rows: {what} wrote {actual} rows, expected {expected}.");
        }
    }

    private sealed record NaiveFactRow(int RegionKey, int DateKey, int MeasureKey, long Inhabitants, string CbsPeriod, string CbsStatus, int SourceKey, DateTimeOffset LoadedAt);
}
