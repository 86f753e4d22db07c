using System.Text.Json;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Lineage;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Trust;

/// <summary>
/// Issue #10 §4: what counts as invoiced is frozen per the budget rules, and every consumer says so. <c>dtz budget</c>
/// (its JSON, line by line) and <c>rpt_contribution</c> agree after a rate change — amount, rate, settlement, frozen;
/// <c>dtz explain budget</c> (text and JSON), <c>rpt_lineage</c> and <c>rpt_contribution</c> say for each contribution
/// whether it is frozen and show its recorded change (before, after, why, when, applied or not).
/// </summary>
public abstract class FrozenContributionTests<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private static readonly Municipality Emmen = new("GM0114", "Emmen");
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private readonly string _connection;
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    protected FrozenContributionTests()
    {
        _connection = _provider.CreateEmptyDatabase(_temp);
        new WarehouseMigrator(_provider.MigrationProvider, _connection).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, _connection));
    }

    [Fact]
    public async Task AfterARateChangeDtzBudgetAndRptContributionAgreeLineByLine()
    {
        await LoadAsync("CBS", new DateOnly(2025, 9, 30), 109754, "2025MM09");
        await Calculator(1.00m).ComputeAsync(2026);

        var invoiced = await Calculator(1.10m).ComputeAsync(2026);

        await AssertAgreesWithViewAsync(invoiced);
        Assert.Equal(109754.00m, Assert.Single(invoiced.Contributions).Amount);

        // The definitive count arrives: the definitive contribution follows the new rate, settled against what was invoiced.
        await LoadAsync("CBS", new DateOnly(2025, 12, 31), 110000, "2025MM12");
        var settled = await Calculator(1.10m).ComputeAsync(2026);

        await AssertAgreesWithViewAsync(settled);
        var line = Assert.Single(settled.Contributions);
        Assert.Equal((121000.00m, (decimal?)11246.00m, false), (line.Amount, line.Settlement, line.Frozen));
    }

    [Fact]
    public async Task ExplainRptLineageAndRptContributionSayAnInvoicedContributionIsFrozenAndShowTheRefusedChange()
    {
        await LoadAsync("CBS", new DateOnly(2025, 9, 30), 109754, "2025MM09");
        await Calculator(1.00m).ComputeAsync(2026);
        _time.Advance(TimeSpan.FromHours(1));
        await Calculator(1.10m).ComputeAsync(2026);

        var contribution = await ExplainedContributionAsync();

        Assert.True(contribution.GetProperty("frozen").GetBoolean());
        var change = Assert.Single(contribution.GetProperty("changes").EnumerateArray());
        Assert.Equal("rate_change", change.GetProperty("reason").GetString());
        Assert.False(change.GetProperty("applied").GetBoolean());
        Assert.Equal((109754.00m, 120729.40m), (change.GetProperty("beforeAmount").GetDecimal(), change.GetProperty("afterAmount").GetDecimal()));
        Assert.Equal(_time.GetUtcNow(), change.GetProperty("changedAt").GetDateTimeOffset());
        var expected = (1L, 1L, "rate_change", 0L, 10_975_400L, 12_072_940L);
        Assert.Equal(expected, await LastChangeAsync("rpt_lineage", "figure = 'contribution' AND "));
        Assert.Equal(expected, await LastChangeAsync("rpt_contribution", string.Empty));

        var (exit, text) = await DtzAsync("explain", "budget", "--year", "2026", "--municipality", "GM0114");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("gefactureerd: bevroren volgens de begrotingsregels", text, StringComparison.Ordinal);
        Assert.Contains("109.754 × € 1,00 = € 109.754 → 109.754 × € 1,10 = € 120.729,40 (tariefwijziging; niet aangepast, gefactureerd bedrag blijft staan)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASampleContributionIsNotFrozenAndItsAppliedChangeIsShown()
    {
        await LoadAsync("bundled sample", new DateOnly(2025, 9, 30), 109754, "2025MM09");
        await Calculator(1.00m).ComputeAsync(2026);
        await Calculator(1.10m).ComputeAsync(2026);

        var contribution = await ExplainedContributionAsync();

        Assert.False(contribution.GetProperty("frozen").GetBoolean());
        Assert.True(Assert.Single(contribution.GetProperty("changes").EnumerateArray()).GetProperty("applied").GetBoolean());
        var expected = (0L, 1L, "rate_change", 1L, 10_975_400L, 12_072_940L);
        Assert.Equal(expected, await LastChangeAsync("rpt_lineage", "figure = 'contribution' AND "));
        Assert.Equal(expected, await LastChangeAsync("rpt_contribution", string.Empty));
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    // What a consumer of `dtz budget --json` reads per contribution (a line without its own rate would be read at the
    // year's rate) against the current rows of rpt_contribution.
    private async Task AssertAgreesWithViewAsync(BudgetReport report)
    {
        var json = JsonSerializer.SerializeToElement(report, BudgetCommand.Json);
        var yearRate = json.GetProperty("rate").GetDecimal();
        var fromBudget = json.GetProperty("contributions").EnumerateArray().Select(c => (
            c.GetProperty("cbsCode").GetString()!,
            c.GetProperty("status").GetString()!,
            c.GetProperty("inhabitants").GetInt64(),
            (long)(c.GetProperty("amount").GetDecimal() * 100m),
            (long)((c.TryGetProperty("rate", out var rate) ? rate.GetDecimal() : yearRate) * 100m),
            c.GetProperty("settlement").ValueKind == JsonValueKind.Null ? (long?)null : (long)(c.GetProperty("settlement").GetDecimal() * 100m),
            c.GetProperty("frozen").GetBoolean() ? 1L : 0L)).ToList();
        await using var connection = await _warehouse.OpenAsync();
        var fromView = (await connection.QueryAsync<(string, string, long, long, long, long?, long)>(
            "SELECT cbs_code, status, CAST(inhabitants AS bigint), CAST(amount_cents AS bigint), CAST(rate_cents AS bigint), CAST(settlement_cents AS bigint), " +
            "CASE WHEN is_frozen = @True THEN 1 ELSE 0 END FROM rpt_contribution WHERE year = 2026 AND is_current = @True ORDER BY cbs_code",
            new { True = true })).ToList();
        Assert.Equal(fromView, fromBudget);
    }

    private async Task<JsonElement> ExplainedContributionAsync()
    {
        var explanation = await new BudgetExplainer(new ExplainQueries(_warehouse), new ContributionWriter(_warehouse, _time)).ExplainAsync(2026, "GM0114");
        var json = JsonSerializer.SerializeToElement(explanation, BudgetCommand.Json);
        return Assert.Single(json.GetProperty("contributions").EnumerateArray());
    }

    private async Task<(long Frozen, long Changes, string Reason, long Applied, long Before, long After)> LastChangeAsync(string view, string where)
    {
        await using var connection = await _warehouse.OpenAsync();
        var row = await connection.QuerySingleAsync<(long, long, string, long, long, long, DateTimeOffset?)>(
            "SELECT CASE WHEN is_frozen = @True THEN 1 ELSE 0 END, CAST(changes AS bigint), last_change_reason, CASE WHEN last_change_applied = @True THEN 1 ELSE 0 END, " +
            $"CAST(last_change_before_amount_cents AS bigint), CAST(last_change_after_amount_cents AS bigint), last_change_at FROM {view} " +
            $"WHERE {where}year = 2026 AND cbs_code = 'GM0114' AND is_current = @True", new { True = true });
        Assert.NotNull(row.Item7);
        return (row.Item1, row.Item2, row.Item3, row.Item4, row.Item5, row.Item6);
    }

    private async Task<(int Exit, string Output)> DtzAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = [.. args, "--data", _temp.Combine("data"), "--provider", _provider.Name, "--connection", _connection];
        var exit = await DtzCommandLine.RunAsync(all, new DtzConsole(output, error), o => new DtzApp(DtzConfiguration.Build(o)));
        return (exit, output + error.ToString());
    }

    private BudgetCalculator Calculator(decimal rate) => new(
        new PopulationQueries(_warehouse), new BudgetQueries(_warehouse), new ContributionWriter(_warehouse, _time),
        new BudgetOptions { Years = { [2026] = new BudgetYearOptions { Rate = rate, ProvisionalReferenceDate = new DateOnly(2025, 9, 30) } } },
        [Emmen]);

    private async Task LoadAsync(string origin, DateOnly date, long inhabitants, string period)
    {
        var importId = await new ImportLog(_warehouse, _time).StartAsync("cbs", "37230ned", origin, null);
        _time.Advance(TimeSpan.FromMinutes(1));
        await new PopulationLoader(_warehouse, _time).LoadAsync(new PopulationLoad(
            importId,
            new CbsSourceRecord("37230ned", origin, _time.GetUtcNow(), "https://example.invalid/37230ned"),
            [new RegionRecord("GM0114", "Emmen", "gemeente", true)],
            [new MeasureRecord("37230ned", "BevolkingAanHetEindeVanDePeriode", "BevolkingAanHetEindeVanDePeriode_15", "Bevolking aan het einde van de periode", "aantal", 0, "end_of_day")],
            [new PopulationRecord("GM0114", "37230ned", "BevolkingAanHetEindeVanDePeriode", date, inhabitants, period, "Voorlopig")]));
    }
}

public sealed class SqliteFrozenContributionTests : FrozenContributionTests<SqliteProvider>;

public sealed class PostgreSqlFrozenContributionTests : FrozenContributionTests<PostgreSqlProvider>;
