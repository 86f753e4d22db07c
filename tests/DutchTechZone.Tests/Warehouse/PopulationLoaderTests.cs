using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Warehouse;

/// <summary>The population loader against each real database: bulk into staging, one upsert, all or nothing.</summary>
public abstract class PopulationLoaderTests<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    protected PopulationLoaderTests()
    {
        var connectionString = _provider.CreateEmptyDatabase(_temp);
        new WarehouseMigrator(_provider.MigrationProvider, connectionString).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, connectionString));
    }

    [Fact]
    public async Task LoadWritesEveryRowAndAnIdenticalReloadWritesNone()
    {
        var first = await LoadAsync(Rows(109754));
        var second = await LoadAsync(Rows(109754));

        Assert.Equal(3, first);
        Assert.Equal(0, second);
        Assert.Equal(3, await ScalarAsync("SELECT COUNT(*) FROM fact_population"));
        Assert.Equal(109754, await ScalarAsync("SELECT inhabitants FROM rpt_population WHERE cbs_code = 'GM0114' AND measure = 'BevolkingAanHetEindeVanDePeriode'"));
    }

    [Fact]
    public async Task ARevisedFigureUpdatesOnlyItsRow()
    {
        await LoadAsync(Rows(109754));

        var written = await LoadAsync(Rows(109760));

        Assert.Equal(1, written);
        Assert.Equal(109760, await ScalarAsync("SELECT inhabitants FROM rpt_population WHERE cbs_code = 'GM0114' AND measure = 'BevolkingAanHetEindeVanDePeriode'"));
        Assert.Equal(3, await ScalarAsync("SELECT COUNT(*) FROM fact_population"));
    }

    [Fact]
    public async Task AFailedLoadLeavesNoPartialRowsAndNoLineage()
    {
        var rows = Rows(109754).Append(new PopulationRecord("GM0118", "37230ned", "BevolkingAanHetEindeVanDePeriode", new DateOnly(2025, 9, 30), 56897, null!, "Voorlopig"));

        await Assert.ThrowsAnyAsync<Exception>(() => LoadAsync(rows));

        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM fact_population"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM dim_source"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM dim_measure"));
    }

    [Fact]
    public async Task ManyRowsGoThroughTheBulkPathInOneLoad()
    {
        var start = new DateOnly(2000, 1, 31);
        var rows = Enumerable.Range(0, 300).Select(i => start.AddMonths(i)).Select(d => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month)))
            .SelectMany(d => new[] { "GM0114", "GM1681", "GM0109", "GM0160", "GM0118" }
                .Select((code, n) => new PopulationRecord(code, "37230ned", "BevolkingAanHetEindeVanDePeriode", d, 10_000 + n, d.ToString("yyyy'MM'MM", System.Globalization.CultureInfo.InvariantCulture), "Definitief")))
            .ToList();

        var written = await LoadAsync(rows);

        Assert.Equal(1500, written);
        Assert.Equal(rows.Sum(r => r.Inhabitants), await ScalarAsync("SELECT SUM(inhabitants) FROM fact_population"));
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static IEnumerable<PopulationRecord> Rows(long emmen) =>
    [
        new("GM0114", "37230ned", "BevolkingAanHetEindeVanDePeriode", new DateOnly(2025, 9, 30), emmen, "2025MM09", "Voorlopig"),
        new("GM1681", "37230ned", "BevolkingAanHetEindeVanDePeriode", new DateOnly(2025, 9, 30), 26112, "2025MM09", "Voorlopig"),
        new("GM0114", "37230ned", "BevolkingAanHetBeginVanDePeriode", new DateOnly(2025, 9, 1), 109700, "2025MM09", "Voorlopig"),
    ];

    private async Task<long> LoadAsync(IEnumerable<PopulationRecord> rows)
    {
        var log = new ImportLog(_warehouse, _time);
        var importId = await log.StartAsync("cbs", "37230ned", "CBS", null);
        return await new PopulationLoader(_warehouse, _time).LoadAsync(new PopulationLoad(
            importId,
            new CbsSourceRecord("37230ned", "CBS", new DateTimeOffset(2025, 10, 31, 1, 0, 0, TimeSpan.Zero), "https://example.invalid/37230ned"),
            [new RegionRecord("GM0114", "Emmen", "gemeente", true), new RegionRecord("GM1681", "Borger-Odoorn", "gemeente", true)],
            [
                new MeasureRecord("37230ned", "BevolkingAanHetBeginVanDePeriode", "BevolkingAanHetBeginVanDePeriode_1", "Bevolking aan het begin van de periode", "aantal", 0, "start_of_day"),
                new MeasureRecord("37230ned", "BevolkingAanHetEindeVanDePeriode", "BevolkingAanHetEindeVanDePeriode_15", "Bevolking aan het einde van de periode", "aantal", 0, "end_of_day"),
            ],
            rows));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await _warehouse.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}

public sealed class SqlitePopulationLoaderTests : PopulationLoaderTests<SqliteProvider>;

public sealed class PostgreSqlPopulationLoaderTests : PopulationLoaderTests<PostgreSqlProvider>;
