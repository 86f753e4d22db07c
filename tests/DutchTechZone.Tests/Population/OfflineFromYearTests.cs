using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Population;

/// <summary>
/// Issue #10: <c>import cbs --offline</c> ignored <c>Population:FromYear</c>. The bundled snapshot (like any source that
/// ignores <c>$filter</c>) serves every period, so the importer itself must keep periods before the first year out.
/// </summary>
public sealed class OfflineFromYearTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public OfflineFromYearTests()
    {
        var connectionString = $"Data Source={_temp.Combine("warehouse.db")};Foreign Keys=True";
        new WarehouseMigrator(MigrationProvider.Sqlite, connectionString).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(WarehouseProvider.Sqlite, connectionString));
    }

    [Theory]
    [InlineData(2025, 5)]   // the snapshot's 2025MM09 counts are in range
    [InlineData(2026, 0)]   // ... and not when the first year is after them
    public async Task TheOfflineSnapshotHonoursTheFirstYear(int fromYear, int expectedRows)
    {
        using var http = new HttpClient(new CbsSnapshotHandler());
        var client = new CbsFeedClient(http, new CbsOptions { BaseAddress = CbsSnapshotHandler.BaseAddress }, _time, NullLogger<CbsFeedClient>.Instance);
        var importer = new PopulationImporter(client, CbsOrigin.BundledSample, new ImportLog(_warehouse, _time), new LineageQueries(_warehouse),
            new PopulationLoader(_warehouse, _time), new PopulationImportOptions { FromYear = fromYear }, _time, NullLogger<PopulationImporter>.Instance);

        var result = await importer.ImportTableAsync(PopulationTable.Monthly);

        Assert.Equal("loaded", result.Status);
        Assert.Equal(expectedRows, result.RowsWritten);
        await using var c = await _warehouse.OpenAsync();
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM fact_population f JOIN dim_date d ON d.date_key = f.date_key WHERE d.year < @FromYear", new { FromYear = fromYear }));
    }

    public void Dispose() => _temp.Dispose();
}
