using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Warehouse;

/// <summary>The partner-file loader and the budget queries against each real database.</summary>
public abstract class PartnerFileLoaderTests<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    protected PartnerFileLoaderTests()
    {
        var connectionString = _provider.CreateEmptyDatabase(_temp);
        new WarehouseMigrator(_provider.MigrationProvider, connectionString).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, connectionString));
    }

    [Fact]
    public async Task MiddelenAndBegrotingGiveTheJaarplanResourcesAndNetworkPlan()
    {
        await LoadAsync("Middelen_2026.xlsx", funding: Jaarplan());
        await LoadAsync("Begroting_2026.xlsx", budget:
        [
            new BudgetLineRecord(2026, 2, "Cofinanciering Samen Sterker", "Netwerk- en Verbindingsplan", 3_000_000, null, 2, "Begroting", Earmarked: true),
            new BudgetLineRecord(2026, 1, "Kickstart", "Gemeentelijke bijdrage", 5_000_050, null, 3),
        ]);

        var queries = new BudgetQueries(_warehouse);
        var resources = await queries.ResourcesAsync(2026);
        var use = await queries.NetworkPlanAsync(2026);
        var themes = await queries.ThemesAsync(2026);

        Assert.Equal(4_587_000, resources["carry_over"]);
        Assert.Equal(12_500_000, resources["network_plan"]);
        Assert.Equal(30_726_600, resources["network_plan_reserve"]);
        Assert.Equal(3_000_000, use.EarmarkedCents);
        Assert.Equal(3_000_000, use.AllocatedCents);
        Assert.Equal(0, use.SpentCents);
        Assert.Equal(4, themes.Count);
        Assert.Equal(5_000_050, themes.Single(t => t.Theme == 1).BudgetedCents);
    }

    [Fact]
    public async Task ALaterFileReplacesTheRowsUnderTheSameKeyAndSaysWhichFileItReplaced()
    {
        await LoadAsync("Middelen_v1.xlsx", funding: Jaarplan());

        var result = await LoadAsync("Middelen_v2.xlsx", funding: [new FundingRecord(2026, "Overgebleven middelen", null, 4_600_000, null, 2)]);

        Assert.Equal("Middelen_v1.xlsx", result.Replaces);
        Assert.Equal(4_600_000, await ScalarAsync("SELECT SUM(amount_cents) FROM fact_funding"));
        Assert.Equal("Middelen_v1.xlsx", await ConnectionScalarAsync<string>("SELECT replaces FROM etl_import WHERE name = 'Middelen_v2.xlsx'"));
    }

    [Fact]
    public async Task SpendingIsReplacedPerPartnerAndYearOnly()
    {
        await LoadAsync("Realisatie_A.xlsx", spending:
        [
            new SpendingRecord(new DateOnly(2026, 3, 1), "Gemeente Emmen", 1, "Kickstart", null, "E-1", "Betaald", 100_00, 2),
            new SpendingRecord(new DateOnly(2025, 3, 1), "Gemeente Emmen", 1, "Kickstart", null, "E-0", "Betaald", 50_00, 3),
        ]);
        await LoadAsync("Realisatie_B.xlsx", spending: [new SpendingRecord(new DateOnly(2026, 4, 1), "Gemeente Hoogeveen", 2, "Stages", null, "H-1", "Verplicht", 70_00, 2)]);

        var result = await LoadAsync("Realisatie_A2.xlsx", spending: [new SpendingRecord(new DateOnly(2026, 5, 1), "gemeente emmen", 1, "Kickstart", null, "E-2", "Betaald", 120_00, 2)]);

        Assert.Equal("Realisatie_A.xlsx", result.Replaces);
        Assert.Equal(120_00 + 50_00 + 70_00, await ScalarAsync("SELECT SUM(amount_cents) FROM fact_spending"));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM dim_partner WHERE lower(name) = 'gemeente emmen'"));
    }

    [Fact]
    public async Task ARowThatFindsNoDimensionMemberFailsTheWholeLoad()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => LoadAsync("Middelen_bad.xlsx", funding:
        [
            new FundingRecord(2026, "Overgebleven middelen", null, 100, null, 2),
            new FundingRecord(2026, "Geen bestaande bron", null, 100, null, 3),
        ]));

        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM fact_funding"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM dim_source"));
    }

    [Fact]
    public async Task CapacityAndIndicatorsLandInTheirViewsWithLineage()
    {
        await LoadAsync("Capaciteit.xlsx",
            capacity: [new CapacityRecord("2026-K1", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), "Stenden", "Onderwijs", 120.5m, 85_00, 10_242_50, 2)],
            indicators: [new IndicatorRecord("2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Bedrijfsbezoeken", "GM0114", 12m, 20m, "aantal", 2)]);

        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM rpt_capacity WHERE source_file = 'Capaciteit.xlsx' AND partner_type = 'Onderwijs'"));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM rpt_indicator WHERE cbs_code = 'GM0114' AND period = '2026'"));
    }

    [Fact]
    public async Task AnIndicatorRedeliveredInOtherCaseReplacesInsteadOfDoubling()
    {
        await LoadAsync("Indicatoren_v1.xlsx", indicators: [new IndicatorRecord("2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Aantal banen", null, 10m, null, null, 2)]);

        var result = await LoadAsync("Indicatoren_v2.xlsx", indicators: [new IndicatorRecord("2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "aantal  banen", null, 12m, null, null, 2)]);

        Assert.Equal("Indicatoren_v1.xlsx", result.Replaces);
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM fact_indicator"));
    }

    [Fact]
    public async Task PartnerNamesThatDifferOnlyInCaseAndAccentsAreOnePartner()
    {
        await LoadAsync("Realisatie_A.xlsx", spending: [new SpendingRecord(new DateOnly(2026, 3, 1), "Één BV", 1, "Kickstart", null, "K-1", "Betaald", 100_00, 2)]);

        var result = await LoadAsync("Realisatie_A2.xlsx", spending: [new SpendingRecord(new DateOnly(2026, 4, 1), "één bv", 1, "kickstart", null, "K-2", "Betaald", 300_00, 2)]);

        Assert.Equal("Realisatie_A.xlsx", result.Replaces);
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM dim_partner"));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM dim_activity"));
        Assert.Equal(300_00, await ScalarAsync("SELECT SUM(amount_cents) FROM fact_spending"));
    }

    [Fact]
    public async Task NamesStoredBeforeTheyHadAKeyAreMatchedLikeNewOnes()
    {
        await LoadAsync("Indicatoren_v1.xlsx",
            indicators: [new IndicatorRecord("2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Innovatie-infrastructuur als één netwerk", null, 5m, null, null, 2)],
            spending: [new SpendingRecord(new DateOnly(2026, 3, 1), "Gemeente Emmen", 1, "Koplopersprogramma en mkb-peloton", null, "E-1", "Betaald", 100_00, 2)]);
        await ExecuteAsync("UPDATE dim_partner SET name_key = NULL");   // as a warehouse from before the keys holds them
        await ExecuteAsync("UPDATE dim_activity SET name_key = NULL");
        await ExecuteAsync("UPDATE fact_indicator SET indicator_name_key = NULL");

        var result = await LoadAsync("Indicatoren_v2.xlsx",
            indicators: [new IndicatorRecord("2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Innovatie-infrastructuur als één netwerk", null, 6m, null, null, 2)],
            spending: [new SpendingRecord(new DateOnly(2026, 4, 1), "Gemeente Emmen", 1, "Koplopersprogramma en mkb-peloton", null, "E-2", "Betaald", 200_00, 2)]);

        Assert.Equal("Indicatoren_v1.xlsx", result.Replaces);
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM fact_indicator"));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM dim_activity"));
        Assert.Equal(200_00, await ScalarAsync("SELECT SUM(amount_cents) FROM fact_spending"));
    }

    [Fact]
    public async Task AMunicipalityTheWarehouseDoesNotKnowFailsTheLoadInsteadOfBecomingTheWholeRegion()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => LoadAsync("Indicatoren.xlsx",
            indicators: [new IndicatorRecord("2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "Banen", "GM0119", 5m, null, null, 2)]));
        await Assert.ThrowsAnyAsync<Exception>(() => LoadAsync("Middelen.xlsx", funding: [new FundingRecord(2026, "Cofinanciering", "GM0119", 100, null, 2)]));

        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM fact_indicator"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM fact_funding"));
    }

    [Fact]
    public async Task TwoLoadsOfTheSameKeyAtOnceLeaveOneFileNeverBoth()
    {
        for (var round = 0; round < 5; round++)
        {
            await Task.WhenAll(
                LoadAsync($"Middelen_a{round}.xlsx", funding: [new FundingRecord(2028, "Overig", null, 100, null, 2), new FundingRecord(2028, "Cofinanciering", null, 200, null, 3)]),
                LoadAsync($"Middelen_b{round}.xlsx", funding: [new FundingRecord(2028, "Overig", null, 300, null, 2), new FundingRecord(2028, "Cofinanciering", null, 400, null, 3)]));

            Assert.Equal(1, await ScalarAsync("SELECT COUNT(DISTINCT source_key) FROM fact_funding WHERE year = 2028"));
            Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM fact_funding WHERE year = 2028"));
        }
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static FundingRecord[] Jaarplan() =>
    [
        new(2026, "Overgebleven middelen", null, 4_587_000, null, 2),
        new(2026, "Netwerk- en Verbindingsplan", null, 12_500_000, null, 3),
        new(2026, "Netwerk- en Verbindingsplan reservering", null, 30_726_600, "waarvan € 30.000 in 2027", 4),
    ];

    private async Task<PartnerFileLoadResult> LoadAsync(string file, FundingRecord[]? funding = null, BudgetLineRecord[]? budget = null,
        SpendingRecord[]? spending = null, CapacityRecord[]? capacity = null, IndicatorRecord[]? indicators = null)
    {
        var importId = await new ImportLog(_warehouse, _time).StartAsync("file", file, "partner file", "hash-" + file);
        return await new PartnerFileLoader(_warehouse, _time).LoadAsync(new PartnerFileLoad(
            importId, new FileSourceRecord(file, "hash-" + file, _time.GetUtcNow()),
            funding ?? [], budget ?? [], spending ?? [], capacity ?? [], indicators ?? []));
    }

    private Task<long> ScalarAsync(string sql) => ConnectionScalarAsync<long>(sql);

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await _warehouse.OpenAsync();
        await connection.ExecuteAsync(sql);
    }

    private async Task<T> ConnectionScalarAsync<T>(string sql)
    {
        await using var connection = await _warehouse.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}

public sealed class SqlitePartnerFileLoaderTests : PartnerFileLoaderTests<SqliteProvider>;

public sealed class PostgreSqlPartnerFileLoaderTests : PartnerFileLoaderTests<PostgreSqlProvider>;
