using Dapper;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Regional;

/// <summary>
/// Hostile review: a SQLite load runs with per-row foreign-key checks off and checks each distinct key once at the end
/// (RegionalFigureKeys). Whatever key a cell carries, a key that is in no dimension must stop the load as the database's
/// own foreign keys would: nothing committed. The check remembered "the previous key" starting from -1, so a cell whose
/// key was -1 was never collected, never checked, and committed as an orphan fact.
/// </summary>
public abstract class RegionalKeyCheckTests<TProvider> : IAsyncLifetime where TProvider : IWarehouseProvider, new()
{
    private RegionalImportFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await RegionalImportFixture.StartAsync(new TProvider());

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Theory]
    [InlineData(0, -1)]
    [InlineData(1, -1)]
    [InlineData(2, -1)]
    [InlineData(3, -1)]
    [InlineData(0, 987654)]
    [InlineData(1, 0)]
    public async Task ACellWhoseKeyIsInNoDimensionCommitsNothing(int dimension, int missingKey)
    {
        foreach (var direct in new[] { true, false })
        {
            var loader = new RegionalFigureLoader(_fixture.Warehouse, _fixture.Time) { DirectFirstLoads = direct };
            var tableId = direct ? "99061tst" : "99062tst";
            var failed = false;
            try
            {
                await using var load = await loader.BeginAsync(0, new CbsSourceRecord(tableId, "CBS", DateTimeOffset.UnixEpoch, "http://test.invalid/" + tableId));
                var (measure, region, category, period) = await OneTopicTable.KeysAsync(load, tableId);
                int[] keys = [measure, region, category, period];
                var good = new RegionalFigureCell(keys[0], keys[1], keys[2], keys[3], 1m, null, null, "Definitief");
                keys[dimension] = missingKey;
                await load.StageAsync([new RegionalFigureCell(keys[0], keys[1], keys[2], keys[3], 2m, null, null, "Definitief"), good]);   // the orphan first
                await load.CompleteAsync("fingerprint", null);
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
            {
                failed = true;
            }

            Assert.True(failed, $"dimension {dimension}, direct {direct}: a cell with key {missingKey} was committed");
            await using var c = await _fixture.Warehouse.OpenAsync();
            Assert.Equal(0, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fact_regional_figure"));
        }
    }

    [Fact]
    public async Task ALoadWithMoreDistinctKeysThanSqliteTakesParametersCommits()
    {
        // SQLite takes at most 32,766 parameters per statement: the end-of-load check binds every distinct key.
        const int Regions = 33_000;
        var loader = new RegionalFigureLoader(_fixture.Warehouse, _fixture.Time);
        await using (var load = await loader.BeginAsync(0, new CbsSourceRecord("99063tst", "CBS", DateTimeOffset.UnixEpoch, "http://test.invalid/99063tst")))
        {
            var measure = await load.MeasureKeyAsync(new RegionalMeasureRecord("99063tst", "T", "T_1", "Topic", "aantal", 0, null, "Test table", "Long"));
            var category = await load.CategoryKeyAsync("99063tst", string.Empty, string.Empty);
            var period = await load.PeriodKeyAsync(new RegionalPeriodRecord("2024JJ00", "jaar", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)));
            var cells = new List<RegionalFigureCell>();
            for (var i = 0; i < Regions; i++)
            {
                var region = await load.RegionKeyAsync(new RegionRecord($"BU{i:D8}", $"Buurt {i}", "buurt", false));
                cells.Add(new RegionalFigureCell(measure, region, category, period, i, null, null, "Definitief"));
            }

            await load.StageAsync(cells);
            Assert.Equal(Regions, await load.CompleteAsync("fingerprint", null));
        }

        await using var c = await _fixture.Warehouse.OpenAsync();
        Assert.Equal(Regions, await c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fact_regional_figure"));
    }
}

public sealed class SqliteRegionalKeyCheckTests : RegionalKeyCheckTests<SqliteProvider>;

public sealed class PostgreSqlRegionalKeyCheckTests : RegionalKeyCheckTests<PostgreSqlProvider>;
