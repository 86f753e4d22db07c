using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Warehouse;

/// <summary>The budget over a real warehouse: frozen provisional contributions, settlement, the current row for reports.</summary>
public abstract class BudgetCalculatorTests<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private static readonly Municipality Emmen = new("GM0114", "Emmen");
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    protected BudgetCalculatorTests()
    {
        var connectionString = _provider.CreateEmptyDatabase(_temp);
        new WarehouseMigrator(_provider.MigrationProvider, connectionString).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, connectionString));
    }

    [Fact]
    public async Task TheSettlementIsMeasuredAgainstTheFrozenProvisionalAmountAndOnlyTheDefinitiveRowIsCurrent()
    {
        await LoadAsync(new PopulationRecord("GM0114", "37230ned", "BevolkingAanHetEindeVanDePeriode", new DateOnly(2025, 9, 30), 109754, "2025MM09", "Voorlopig"));
        var provisional = await Calculator().ComputeAsync(2026);
        await LoadAsync(
            new PopulationRecord("GM0114", "37230ned", "BevolkingAanHetEindeVanDePeriode", new DateOnly(2025, 9, 30), 109760, "2025MM09", "Definitief"),
            new PopulationRecord("GM0114", "37230ned", "BevolkingAanHetBeginVanDePeriode", new DateOnly(2026, 1, 1), 109900, "2026MM01", "Voorlopig"));

        var definitive = await Calculator().ComputeAsync(2026);

        Assert.Equal(109754.00m, Assert.Single(provisional.Contributions).Amount);
        var line = Assert.Single(definitive.Contributions);
        Assert.Equal("definitive", line.Status);
        Assert.Equal(109900.00m, line.Amount);
        Assert.Equal(146.00m, line.Settlement);
        await using var connection = await _warehouse.OpenAsync();
        Assert.Equal(10_990_000, await connection.ExecuteScalarAsync<long>("SELECT SUM(amount_cents) FROM rpt_contribution WHERE year = 2026 AND is_current = @True", new { True = true }));
        Assert.Equal(10_975_400, await connection.ExecuteScalarAsync<long>("SELECT amount_cents FROM rpt_contribution WHERE year = 2026 AND status = 'provisional'"));
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private BudgetCalculator Calculator() => new(
        new PopulationQueries(_warehouse), new BudgetQueries(_warehouse), new ContributionWriter(_warehouse, _time),
        new BudgetOptions { Years = { [2026] = new BudgetYearOptions { Rate = 1.00m, ProvisionalReferenceDate = new DateOnly(2025, 9, 30) } } },
        [Emmen]);

    private async Task LoadAsync(params PopulationRecord[] rows)
    {
        var importId = await new ImportLog(_warehouse, _time).StartAsync("cbs", "37230ned", "CBS", null);
        _time.Advance(TimeSpan.FromMinutes(1));
        await new PopulationLoader(_warehouse, _time).LoadAsync(new PopulationLoad(
            importId,
            new CbsSourceRecord("37230ned", "CBS", _time.GetUtcNow(), "https://example.invalid/37230ned"),
            [new RegionRecord("GM0114", "Emmen", "gemeente", true)],
            [
                new MeasureRecord("37230ned", "BevolkingAanHetBeginVanDePeriode", "BevolkingAanHetBeginVanDePeriode_1", "Bevolking aan het begin van de periode", "aantal", 0, "start_of_day"),
                new MeasureRecord("37230ned", "BevolkingAanHetEindeVanDePeriode", "BevolkingAanHetEindeVanDePeriode_15", "Bevolking aan het einde van de periode", "aantal", 0, "end_of_day"),
            ],
            rows));
    }
}

public sealed class SqliteBudgetCalculatorTests : BudgetCalculatorTests<SqliteProvider>;

public sealed class PostgreSqlBudgetCalculatorTests : BudgetCalculatorTests<PostgreSqlProvider>;
