using Dapper;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Etl.Regional;
using DutchTechZone.Tests.Cbs;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Regional;

/// <summary>
/// A table's first load may skip staging and merge and write straight into the fact table (SQLite, whose bulk path is
/// prepared inserts): it must leave exactly the facts that staging and merging leave, and a later load must merge.
/// </summary>
public abstract class RegionalFirstLoadPathTests<TProvider> : IAsyncLifetime where TProvider : IWarehouseProvider, new()
{
    private RegionalImportFixture _direct = null!;
    private RegionalImportFixture _staged = null!;

    public async Task InitializeAsync()
    {
        _direct = await RegionalImportFixture.StartAsync(new TProvider(), pageSize: 100);
        _staged = await RegionalImportFixture.StartAsync(new TProvider(), pageSize: 100);
        ConstructedTable.ServeOn(_direct.Server);
        ConstructedTable.ServeOn(_staged.Server);
    }

    public async Task DisposeAsync()
    {
        await _direct.DisposeAsync();
        await _staged.DisposeAsync();
    }

    [Fact]
    public async Task AFirstLoadWrittenStraightIntoTheFactTableLeavesTheSameFactsAsStagingAndMerging()
    {
        var tables = new[] { CbsTableDescriptor.Whole("80137ned"), CbsTableDescriptor.Whole(ConstructedTable.Id) };
        _direct.Server.Inject(t => t.Contains("TypedDataSet", StringComparison.Ordinal) && t.Contains("$skip=300", StringComparison.Ordinal), CbsFault.TruncatedBody);
        _staged.Server.Inject(t => t.Contains("TypedDataSet", StringComparison.Ordinal) && t.Contains("$skip=300", StringComparison.Ordinal), CbsFault.TruncatedBody);

        var direct = await _direct.Importer().ImportAsync(tables);
        var staged = await _staged.Importer(directFirstLoads: false).ImportAsync(tables);

        Assert.All(direct, r => Assert.Equal("loaded", r.Status));
        Assert.Equal(staged.Select(r => (r.TableId, r.RowsRead, r.RowsWritten)), direct.Select(r => (r.TableId, r.RowsRead, r.RowsWritten)));
        var facts = await FactsAsync(_direct);
        Assert.True(facts.Count > 1000, $"{facts.Count} facts");
        Assert.Contains(facts, f => f.Value is null && f.Symbol == "x");          // a CBS symbol kept, the value null
        Assert.Contains(facts, f => f.Value is null && f.Symbol is null);         // a missing value stays null
        Assert.Equal(await FactsAsync(_staged), facts);

        // A first load into an empty fact table may build the secondary index at the end: it is there afterwards.
        await using var c = await _direct.Warehouse.OpenAsync();
        Assert.Equal(1, await c.ExecuteScalarAsync<int>(_direct.Warehouse.Provider == DutchTechZone.Database.WarehouseProvider.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND name = 'ix_fact_regional_figure_region'"
            : "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'ix_fact_regional_figure_region'"));
    }

    [Fact]
    public async Task OnlyATablesFirstLoadGoesStraightIntoTheFactTable()
    {
        var loader = new RegionalFigureLoader(_direct.Warehouse, _direct.Time);
        var expectDirect = _direct.Warehouse.Dialect.InsertsFirstLoadsDirectly;

        Assert.Equal(expectDirect, await LoadOneCellAsync(loader, "99001tst", 1.5m));
        Assert.False(await LoadOneCellAsync(loader, "99001tst", 2.25m));                      // facts of the table exist: staged and merged
        Assert.Equal(expectDirect, await LoadOneCellAsync(loader, "99002tst", 3.123456789m));   // another table: its own first load
        Assert.False(await LoadOneCellAsync(new RegionalFigureLoader(_direct.Warehouse, _direct.Time) { DirectFirstLoads = false }, "99003tst", 4.0625m));

        await using var c = await _direct.Warehouse.OpenAsync();
        var values = (await c.QueryAsync<(string Table, decimal Value)>(
            "SELECT m.table_id, f.value FROM fact_regional_figure f JOIN dim_measure m ON m.measure_key = f.measure_key ORDER BY m.table_id")).ToList();
        Assert.Equal([("99001tst", 2.25m), ("99002tst", 3.123456789m), ("99003tst", 4.0625m)], values);   // the reload changed the one cell, no duplicate; decimals exact on both paths
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ACellWhoseKeyIsNotInItsDimensionFailsTheLoadAndNothingIsCommitted(bool directFirstLoads)
    {
        // SQLite checks the foreign keys of a regional load once per distinct key at the end (not per row): a key that
        // is in no dimension must still fail the load, on the direct path and on the staged one.
        var loader = new RegionalFigureLoader(_direct.Warehouse, _direct.Time) { DirectFirstLoads = directFirstLoads };
        var tableId = directFirstLoads ? "99011tst" : "99012tst";

        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var load = await loader.BeginAsync(0, new CbsSourceRecord(tableId, "CBS", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "http://test.invalid/" + tableId));
            var (measure, region, category, period) = await OneTopicTable.KeysAsync(load, tableId);
            await load.StageAsync([
                new RegionalFigureCell(measure, region, category, period, 1m, null, null, "Definitief"),
                new RegionalFigureCell(measure, 987_654, category, period, 2m, null, null, "Definitief"),   // no such region
            ]);
            await load.CompleteAsync("fingerprint", null);
        });

        await using var c = await _direct.Warehouse.OpenAsync();
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fact_regional_figure"));
        Assert.Equal(0, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM dim_measure WHERE table_id = @tableId", new { tableId }));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ACellStagedTwiceInATablesFirstLoadIsWrittenAndCountedOnce(bool directFirstLoads)
    {
        // A page read again after a resume stages its cells twice; a first load (direct, or staged and inserted without
        // the merge's conflict check) still writes each cell once and counts it once.
        var loader = new RegionalFigureLoader(_direct.Warehouse, _direct.Time) { DirectFirstLoads = directFirstLoads };
        await using var load = await loader.BeginAsync(0, new CbsSourceRecord("99051tst", "CBS", DateTimeOffset.UnixEpoch, "http://test.invalid/99051tst"));
        var y2023 = await load.PeriodKeyAsync(new RegionalPeriodRecord("2023JJ00", "jaar", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)));
        var (measure, region, category, y2024) = await OneTopicTable.KeysAsync(load, "99051tst");
        RegionalFigureCell Cell(int period, decimal value) => new(measure, region, category, period, value, null, null, "Definitief");
        await load.StageAsync([Cell(y2023, 7m), Cell(y2024, 8m)]);
        await load.StageAsync([Cell(y2024, 8m)]);   // the page again

        var written = await load.CompleteAsync("fingerprint", null);

        Assert.Equal(2, written);
        await using var c = await _direct.Warehouse.OpenAsync();
        Assert.Equal([7m, 8m], (await c.QueryAsync<decimal>("SELECT value FROM fact_regional_figure ORDER BY period_key")).ToList());
    }

    [Fact]
    public async Task TwoLoadsIntoAnEmptyFactTableAtTheSameTimeBothLand()
    {
        // Both find the fact table empty, so both would drop and rebuild its indexes (PostgreSQL: and foreign keys) under an
        // exclusive lock at the end. Completing both at once used to deadlock on PostgreSQL (each held a shared lock from
        // reading the table and asked for the exclusive one). Each load waits, after staging, until the other has staged
        // too (or 3 s passed: a load that waits for the other to finish never gets there).
        var staged = new CountdownEvent(2);
        async Task<long> LoadAsync(string tableId, decimal value)
        {
            var loader = new RegionalFigureLoader(_direct.Warehouse, _direct.Time) { DirectFirstLoads = false };
            await using var load = await loader.BeginAsync(0, new CbsSourceRecord(tableId, "CBS", DateTimeOffset.UnixEpoch, "http://test.invalid/" + tableId));
            var (measure, region, category, period) = await OneTopicTable.KeysAsync(load, tableId);
            await load.StageAsync([new RegionalFigureCell(measure, region, category, period, value, null, null, "Definitief")]);
            staged.Signal();
            await Task.Run(() => staged.Wait(TimeSpan.FromSeconds(3)));
            return await load.CompleteAsync("fingerprint", null);
        }

        var written = await Task.WhenAll(Task.Run(() => LoadAsync("99041tst", 1m)), Task.Run(() => LoadAsync("99042tst", 2m)));

        Assert.Equal([1L, 1L], written);
        await using var c = await _direct.Warehouse.OpenAsync();
        Assert.Equal(2, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fact_regional_figure"));
    }

    [Fact]
    public async Task ConnectionsCheckForeignKeysAgainAfterALoadWhetherItCommittedOrFailed()
    {
        var loader = new RegionalFigureLoader(_direct.Warehouse, _direct.Time);
        await LoadOneCellAsync(loader, "99021tst", 1m);
        await using (var load = await loader.BeginAsync(0, new CbsSourceRecord("99022tst", "CBS", DateTimeOffset.UnixEpoch, "http://test.invalid/99022tst")))
        {
            // disposed without completing: rolled back
        }

        // Every pooled connection the warehouse hands out still refuses an orphan fact.
        for (var i = 0; i < 3; i++)
        {
            await using var c = await _direct.Warehouse.OpenAsync();
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => c.ExecuteAsync(
                "INSERT INTO fact_regional_figure (measure_key, region_key, category_key, period_key, value, source_key, loaded_at) " +
                "VALUES (987654, 987654, 987654, 987654, 1, 987654, '2026-01-01')"));
        }
    }

    private static async Task<bool> LoadOneCellAsync(RegionalFigureLoader loader, string tableId, decimal value)
    {
        await using var load = await loader.BeginAsync(0, new CbsSourceRecord(tableId, "CBS", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "http://test.invalid/" + tableId));
        var (measure, region, category, period) = await OneTopicTable.KeysAsync(load, tableId);
        await load.StageAsync([new RegionalFigureCell(measure, region, category, period, value, null, null, "Definitief")]);
        var written = await load.CompleteAsync("fingerprint", null);
        Assert.Equal(1, written);
        return load.WritesDirectly!.Value;
    }

    private static async Task<List<Fact>> FactsAsync(RegionalImportFixture f)
    {
        await using var c = await f.Warehouse.OpenAsync();
        return (await c.QueryAsync<Fact>(
            "SELECT m.table_id AS TableId, m.topic_key AS Topic, r.cbs_code AS Region, k.categories AS Categories, p.period AS Period, " +
            "CAST(x.value AS VARCHAR(60)) AS Value, x.value_symbol AS Symbol, x.value_text AS Text, x.cbs_status AS Status, " +
            "CAST(x.loaded_at AS VARCHAR(60)) AS LoadedAt, s.origin AS Origin " +
            "FROM fact_regional_figure x JOIN dim_measure m ON m.measure_key = x.measure_key JOIN dim_region r ON r.region_key = x.region_key " +
            "JOIN dim_category k ON k.category_key = x.category_key JOIN dim_period p ON p.period_key = x.period_key JOIN dim_source s ON s.source_key = x.source_key " +
            "ORDER BY m.table_id, m.topic_key, r.cbs_code, k.categories, p.period")).ToList();
    }

    public sealed record Fact(string TableId, string Topic, string Region, string Categories, string Period, string? Value, string? Symbol, string? Text, string? Status, string LoadedAt, string Origin);
}

public sealed class SqliteRegionalFirstLoadPathTests : RegionalFirstLoadPathTests<SqliteProvider>;

public sealed class PostgreSqlRegionalFirstLoadPathTests : RegionalFirstLoadPathTests<PostgreSqlProvider>;
