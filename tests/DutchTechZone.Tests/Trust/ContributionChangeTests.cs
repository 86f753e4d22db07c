using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Trust;

/// <summary>No silent change: a stored contribution that a CBS revision or a rate change would alter is recorded, the invoiced one kept.</summary>
public abstract class ContributionChangeTests<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private static readonly Municipality Emmen = new("GM0114", "Emmen");
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    protected ContributionChangeTests()
    {
        var connectionString = _provider.CreateEmptyDatabase(_temp);
        new WarehouseMigrator(_provider.MigrationProvider, connectionString).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, connectionString));
    }

    [Fact]
    public async Task ARateChangeKeepsTheInvoicedAmountRecordsTheRefusedChangeAndBudgetAgreesWithTheView()
    {
        await LoadAsync("CBS", 109754);
        await Calculator(1.00m).ComputeAsync(2026);

        var report = await Calculator(1.10m).ComputeAsync(2026);
        await Calculator(1.10m).ComputeAsync(2026);   // the same refused change is recorded once

        var line = Assert.Single(report.Contributions);
        Assert.Equal(109754.00m, line.Amount);
        Assert.True(line.Frozen);
        Assert.Equal(report.ContributionsTotal * 100m, await CurrentViewCentsAsync());
        var change = Assert.Single(await new ContributionWriter(_warehouse, _time).ChangesAsync(2026));
        Assert.Equal("rate_change", change.Reason);
        Assert.False(change.Applied);
        Assert.Equal(10_975_400, change.BeforeAmountCents);
        Assert.Equal(12_072_940, change.AfterAmountCents);
        await using var connection = await _warehouse.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_contribution_change WHERE cbs_code = 'GM0114' AND reason = 'rate_change'"));
    }

    [Fact]
    public async Task ACbsRevisionOfTheInvoicedDateIsRecordedNotApplied()
    {
        await LoadAsync("CBS", 109754);
        await Calculator(1.00m).ComputeAsync(2026);
        await LoadAsync("CBS", 109760, "Definitief");

        var report = await Calculator(1.00m).ComputeAsync(2026);

        Assert.Equal(109754.00m, Assert.Single(report.Contributions).Amount);
        var change = Assert.Single(report.Changes);
        Assert.Equal("cbs_revision", change.Reason);
        Assert.False(change.Applied);
        Assert.Equal(109760, change.AfterInhabitants);
        Assert.Equal(report.ContributionsTotal * 100m, await CurrentViewCentsAsync());
    }

    [Fact]
    public async Task ASampleContributionIsNotInvoicedSoARateChangeIsAppliedAndRecorded()
    {
        await LoadAsync("bundled sample", 109754);
        await Calculator(1.00m).ComputeAsync(2026);

        var report = await Calculator(1.10m).ComputeAsync(2026);

        Assert.Equal(120729.40m, Assert.Single(report.Contributions).Amount);
        var change = Assert.Single(report.Changes);
        Assert.True(change.Applied);
        Assert.Equal(1.00m, change.BeforeRate);
        Assert.Equal(1.10m, change.AfterRate);
        Assert.Equal(report.ContributionsTotal * 100m, await CurrentViewCentsAsync());
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<decimal> CurrentViewCentsAsync()
    {
        await using var connection = await _warehouse.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT SUM(amount_cents) FROM rpt_contribution WHERE year = 2026 AND is_current = @True", new { True = true });
    }

    private BudgetCalculator Calculator(decimal rate) => new(
        new PopulationQueries(_warehouse), new BudgetQueries(_warehouse), new ContributionWriter(_warehouse, _time),
        new BudgetOptions { Years = { [2026] = new BudgetYearOptions { Rate = rate, ProvisionalReferenceDate = new DateOnly(2025, 9, 30) } } },
        [Emmen]);

    private async Task LoadAsync(string origin, long inhabitants, string status = "Voorlopig")
    {
        var importId = await new ImportLog(_warehouse, _time).StartAsync("cbs", "37230ned", origin, null);
        _time.Advance(TimeSpan.FromMinutes(1));
        await new PopulationLoader(_warehouse, _time).LoadAsync(new PopulationLoad(
            importId,
            new CbsSourceRecord("37230ned", origin, _time.GetUtcNow(), "https://example.invalid/37230ned"),
            [new RegionRecord("GM0114", "Emmen", "gemeente", true)],
            [new MeasureRecord("37230ned", "BevolkingAanHetEindeVanDePeriode", "BevolkingAanHetEindeVanDePeriode_15", "Bevolking aan het einde van de periode", "aantal", 0, "end_of_day")],
            [new PopulationRecord("GM0114", "37230ned", "BevolkingAanHetEindeVanDePeriode", new DateOnly(2025, 9, 30), inhabitants, "2025MM09", status)]));
    }
}

public sealed class SqliteContributionChangeTests : ContributionChangeTests<SqliteProvider>;

public sealed class PostgreSqlContributionChangeTests : ContributionChangeTests<PostgreSqlProvider>;
