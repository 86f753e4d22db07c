using Dapper;
using DutchTechZone.Etl.Regional;
using DutchTechZone.Tests.Cbs;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Regional;

/// <summary>
/// Hostile review: a regional table whose pull breaks for good on its third page (CBS answers garbage however often it
/// is asked) fails alone. The warehouse is as it was (no fact, dimension or lineage row of the failed load), and every
/// connection the warehouse hands out afterwards checks foreign keys again (SQLite loads switch them off for their own
/// connection).
/// </summary>
public abstract class RegionalMidwayFailureTests<TProvider> : IAsyncLifetime where TProvider : IWarehouseProvider, new()
{
    private RegionalImportFixture _fixture = null!;

    public async Task InitializeAsync()
    {
        _fixture = await RegionalImportFixture.StartAsync(new TProvider(), pageSize: 100);
        ConstructedTable.ServeOn(_fixture.Server);
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task ATableThatBreaksOnPageThreeLeavesTheWarehouseAsItWasWithForeignKeysOn()
    {
        Assert.All(await _fixture.Importer().ImportAsync([CbsTableDescriptor.Whole(ConstructedTable.Id)]), r => Assert.Equal("loaded", r.Status));
        var before = await CountsAsync();
        _fixture.Server.Inject(t => t.Contains("TypedDataSet", StringComparison.Ordinal) && t.Contains("$skip=200", StringComparison.Ordinal), CbsFault.TruncatedBody, times: 1_000);

        var failed = Assert.Single(await _fixture.Importer().ImportAsync([CbsTableDescriptor.Whole("80137ned")]));

        Assert.Equal("failed", failed.Status);
        Assert.Equal(before, await CountsAsync());
        for (var i = 0; i < 3; i++)
        {
            await using var c = await _fixture.Warehouse.OpenAsync();
            if (_fixture.Warehouse.Provider == DutchTechZone.Database.WarehouseProvider.Sqlite)
            {
                Assert.Equal(1, await c.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
            }

            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => c.ExecuteAsync(
                "INSERT INTO fact_regional_figure (measure_key, region_key, category_key, period_key, value, source_key, loaded_at) " +
                "VALUES (987654, 987654, 987654, 987654, 1, 987654, '2026-01-01')"));
        }

        _fixture.Server.ClearFaults();
        var again = Assert.Single(await _fixture.Importer().ImportAsync([CbsTableDescriptor.Whole("80137ned")]));
        Assert.Equal("loaded", again.Status);
        Assert.Equal(again.RowsRead, again.RowsWritten);
    }

    private async Task<string> CountsAsync()
    {
        await using var c = await _fixture.Warehouse.OpenAsync();
        var counts = new List<string>();
        foreach (var table in new[] { "fact_regional_figure", "dim_measure", "dim_category", "dim_period", "dim_region", "dim_source" })
        {
            counts.Add($"{table}={await c.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}")}");
        }

        return string.Join(", ", counts);
    }
}

public sealed class SqliteRegionalMidwayFailureTests : RegionalMidwayFailureTests<SqliteProvider>;

public sealed class PostgreSqlRegionalMidwayFailureTests : RegionalMidwayFailureTests<PostgreSqlProvider>;
