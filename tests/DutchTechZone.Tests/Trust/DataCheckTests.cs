using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Checks;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Trust;

/// <summary>
/// The data checks after <c>dtz demo</c>: all pass; and each one, given data broken the way it guards against,
/// fails and names the broken row.
/// </summary>
public abstract class DataCheckTests<TProvider>(DemoWarehouse<TProvider> demo) : IClassFixture<DemoWarehouse<TProvider>>
    where TProvider : IWarehouseProvider, new()
{
    private const string Emmen = "(SELECT region_key FROM dim_region WHERE cbs_code = 'GM0114')";
    private const string FirstSpending = "(SELECT MIN(spending_key) FROM fact_spending)";

    /// <summary>Check, the SQL that breaks the data (foreign keys off), and the text that must name the broken row.</summary>
    public static TheoryData<string, string, string> Breakages => new()
    {
        { "unique.partner_name_key", "INSERT INTO dim_partner (name, name_key, partner_type) SELECT CONCAT(name, ' (kopie)'), name_key, partner_type FROM dim_partner WHERE name = 'Gemeente Emmen'", "Gemeente Emmen" },
        { "unique.activity_name_key", "INSERT INTO dim_activity (theme_key, name, name_key) SELECT theme_key, CONCAT(name, ' '), name_key FROM dim_activity WHERE name = 'Cofinanciering Samen Sterker'", "Cofinanciering Samen Sterker" },
        { "unique.file_row", "INSERT INTO fact_funding (year, funding_source_key, region_key, amount_cents, note, source_key, source_row, source_sheet) SELECT year, funding_source_key, region_key, 0, note, source_key, source_row, source_sheet FROM fact_funding WHERE source_row = 2", "Middelen_2026.xlsx blad Middelen rij 2" },
        { "unique.indicator", "INSERT INTO fact_indicator (period, period_start_key, period_end_key, indicator, indicator_name_key, region_key, value, target, unit, source_key, source_row, source_sheet) SELECT period, period_start_key, period_end_key, indicator, indicator_name_key, region_key, value, target, unit, source_key, source_row + 1000, source_sheet FROM fact_indicator WHERE indicator_key = (SELECT MIN(indicator_key) FROM fact_indicator)", "fact_indicator '" },
        { "unique.current_contribution", $"UPDATE fact_contribution SET is_current = @False WHERE region_key = {Emmen}", "fact_contribution 2026 GM0114: 0 actuele rijen" },
        { "not_null.lineage", "UPDATE dim_source SET cbs_modified = NULL WHERE kind = 'cbs_table' AND name = '37230ned'", "37230ned: cbs_modified ontbreekt" },
        { "not_null.name_keys", "UPDATE dim_partner SET name_key = NULL WHERE name = 'Gemeente Emmen'", "'Gemeente Emmen': name_key ontbreekt" },
        { "not_null.import", "UPDATE etl_import SET finished_at = NULL WHERE name = 'Middelen_2026.xlsx'", "Middelen_2026.xlsx (loaded): finished_at ontbreekt" },
        { "relationship.fact_population", $"UPDATE fact_population SET measure_key = 999 WHERE region_key = {Emmen}", "measure_key 999 niet in dim_measure" },
        { "relationship.fact_contribution", $"UPDATE fact_contribution SET source_key = 999 WHERE region_key = {Emmen}", "source_key 999 niet in dim_source" },
        { "relationship.fact_funding", "UPDATE fact_funding SET funding_source_key = 99 WHERE source_row = 2", "(rij 2): funding_source_key 99 niet in dim_funding_source" },
        { "relationship.fact_budget_line", "UPDATE fact_budget_line SET activity_key = 999 WHERE source_row = 5", "(rij 5): activity_key 999 niet in dim_activity" },
        { "relationship.fact_spending", $"UPDATE fact_spending SET partner_key = 999 WHERE spending_key = {FirstSpending}", "partner_key 999 niet in dim_partner" },
        { "relationship.fact_capacity", "UPDATE fact_capacity SET period_end_key = 1 WHERE capacity_key = (SELECT MIN(capacity_key) FROM fact_capacity)", "period_end_key 1 niet in dim_date" },
        { "relationship.fact_indicator", "UPDATE fact_indicator SET region_key = 999 WHERE indicator_key = (SELECT MIN(indicator_key) FROM fact_indicator)", "region_key 999 niet in dim_region" },
        { "relationship.fact_regional_figure", "INSERT INTO fact_regional_figure (measure_key, region_key, category_key, period_key, value, source_key, loaded_at) SELECT MIN(measure_key), 999, 1, 1, 1, MIN(source_key), '2026-01-01T00:00:00Z' FROM fact_population", "region_key 999 niet in dim_region" },
        { "accepted.regional", "INSERT INTO dim_period (period, period_type, period_start, period_end, date_key) VALUES ('2026W01', 'week', '2026-01-01', '2026-01-07', 20260101)", "dim_period 2026W01: period_type 'week'" },
        { "accepted.statuses", $"UPDATE fact_spending SET status = 'Gepland' WHERE spending_key = {FirstSpending}", "status 'Gepland'" },
        { "accepted.levels", "UPDATE dim_region SET region_type = 'wijk' WHERE cbs_code = 'GM0114'", "dim_region GM0114: region_type 'wijk'" },
        { "accepted.periods", "UPDATE fact_capacity SET period = '2026-Q1' WHERE capacity_key = (SELECT MIN(capacity_key) FROM fact_capacity)", "periode '2026-Q1'" },
        { "reconcile.file_rows", $"DELETE FROM fact_spending WHERE spending_key = {FirstSpending}", "Realisatie_2026.xlsx" },
        { "reconcile.file_amounts", "UPDATE fact_funding SET amount_cents = amount_cents + 1 WHERE source_row = 2", "Middelen_2026.xlsx" },
        { "reconcile.cbs_cells", "UPDATE etl_import SET cells_read = cells_read + 1 WHERE kind = 'cbs' AND status = 'loaded'", "37230ned" },
        { "reconcile.cbs_cells", "UPDATE etl_import SET rows_unchanged = rows_unchanged + 1 WHERE kind = 'cbs_figures' AND status = 'loaded'", "70072ned (cbs_figures, import " },
        { "reconcile.rpt_funding", "UPDATE fact_funding SET source_key = 999 WHERE source_row = 2", "middelen 2026" },
        { "reconcile.rpt_budget_line", "UPDATE fact_budget_line SET theme_key = 99 WHERE source_row = 2", "begrotingsregels 2026" },
        { "reconcile.rpt_spending", $"UPDATE fact_spending SET partner_key = 999 WHERE spending_key = {FirstSpending}", "realisatie 2026" },
        { "reconcile.rpt_contribution", $"UPDATE fact_contribution SET source_key = 999 WHERE region_key = {Emmen}", "bijdragen 2026" },
        { "reconcile.budget", $"UPDATE fact_contribution SET amount_cents = amount_cents + 100 WHERE region_key = {Emmen}", "2026 GM0114: begroting 10975400 cent (provisional), opgeslagen 10975500 cent" },
    };

    [Fact]
    public async Task AfterTheDemoEveryCheckPassesAndTheRunIsStored()
    {
        var connection = demo.Copy();

        var report = await Checker(connection).RunAsync();

        Assert.Equal("pass", report.Status);
        Assert.All(report.Checks, c => Assert.True(c.Status is "pass" or "skip", $"{c.Name}: {c.Status} {string.Join("; ", c.Sample)}"));
        Assert.Equal(DataChecks.Sql.Count + 1, report.Checks.Count(c => c.Category != "freshness"));
        await using var db = await Warehouse(connection).OpenAsync();
        Assert.Equal("pass", await db.ExecuteScalarAsync<string>("SELECT status FROM etl_check_run WHERE run_id = @RunId", new { report.RunId }));
        Assert.Equal(report.Checks.Count, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_check WHERE run_id = @RunId", new { report.RunId }));
    }

    [Fact]
    public void EveryCheckIsProvenAbleToFail()
    {
        var proven = Breakages.Select(b => (string)b[0]).ToHashSet();
        var unproven = DataChecks.Sql.Select(c => c.Name).Append(DataChecks.Budget.Name).Where(n => !proven.Contains(n)).ToList();
        Assert.True(unproven.Count == 0, "not proven able to fail: " + string.Join(", ", unproven));
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task ACheckFailsOnBrokenDataAndNamesTheRow(string check, string breakSql, string named)
    {
        var connection = demo.Copy();
        await BreakAsync(connection, breakSql);

        var report = await Checker(connection).RunAsync();

        var outcome = report[check];
        var expected = DataChecks.Sql.Append(DataChecks.Budget).Single(c => c.Name == check).FailsAs;
        Assert.Equal(expected, outcome.Status);
        Assert.True(outcome.FailingRows > 0);
        Assert.Contains(outcome.Sample, row => row.Contains(named, StringComparison.Ordinal));
        await using var db = await Warehouse(connection).OpenAsync();
        var stored = await db.QuerySingleAsync<(string Status, string Sample)>(
            "SELECT status, sample FROM etl_check WHERE run_id = @RunId AND check_name = @Check", new { report.RunId, Check = check });
        Assert.Equal(expected, stored.Status);
        Assert.Contains(named, stored.Sample, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveCbsFiguresAndDeliveriesAreFreshOrStaleByTheConfiguredThresholds()
    {
        var connection = demo.Copy();
        await BreakAsync(connection, "UPDATE dim_source SET origin = 'CBS' WHERE kind = 'cbs_table'");
        await using (var db = await Warehouse(connection).OpenAsync())
        {
            var newest = await db.ExecuteScalarAsync<int>("SELECT MAX(f.date_key) FROM fact_population f JOIN dim_measure m ON m.measure_key = f.measure_key WHERE m.table_id = '37230ned'");
            var newestDate = DateOnly.ParseExact(newest.ToString(System.Globalization.CultureInfo.InvariantCulture), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            var at = new DateTimeOffset(newestDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

            Assert.Equal("pass", (await Checker(connection, at.AddDays(40)).RunAsync())["freshness.cbs.37230ned"].Status);
            Assert.Equal("warn", (await Checker(connection, at.AddDays(50)).RunAsync())["freshness.cbs.37230ned"].Status);
            var late = await Checker(connection, at.AddDays(80)).RunAsync();
            Assert.Equal("fail", late["freshness.cbs.37230ned"].Status);
            Assert.Contains("2025MM", late["freshness.cbs.37230ned"].Sample.Single(), StringComparison.Ordinal);
        }

        var later = await Checker(connection, TimeProvider.System.GetUtcNow().AddDays(110)).RunAsync();
        Assert.Equal("warn", later["freshness.Realisatie.Gemeente Emmen"].Status);
        Assert.Equal("pass", later["freshness.Begroting"].Status);
        Assert.Equal("fail", (await Checker(connection, TimeProvider.System.GetUtcNow().AddDays(140)).RunAsync())["freshness.Realisatie.Gemeente Emmen"].Status);
    }

    private async Task BreakAsync(string connection, string sql)
    {
        if (demo.Provider.Provider == WarehouseProvider.Sqlite)
        {
            await using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder(connection) { ForeignKeys = false, Pooling = false }.ConnectionString);
            await sqlite.OpenAsync();
            await sqlite.ExecuteAsync(sql, new { False = false });
            return;
        }

        await using var db = await Warehouse(connection).OpenAsync();
        await using var transaction = await db.BeginTransactionAsync();
        await db.ExecuteAsync("SET LOCAL session_replication_role = replica", transaction: transaction);   // foreign keys off
        await db.ExecuteAsync(sql, new { False = false }, transaction);
        await transaction.CommitAsync();
    }

    private DutchTechZone.Database.Warehouse Warehouse(string connection) => new(new WarehouseSettings(demo.Provider.Provider, connection));

    private WarehouseChecker Checker(string connection, DateTimeOffset? now = null)
    {
        var warehouse = Warehouse(connection);
        var time = new FakeTimeProvider(now ?? TimeProvider.System.GetUtcNow());
        var calculator = new BudgetCalculator(new PopulationQueries(warehouse), new BudgetQueries(warehouse), new ContributionWriter(warehouse, time),
            new BudgetOptions { Years = { [2026] = new BudgetYearOptions { Rate = 1.00m, ProvisionalReferenceDate = new DateOnly(2025, 9, 30) } } },
            PartnerMunicipalities.Default);
        return new WarehouseChecker(new CheckQueries(warehouse), new CheckLog(warehouse), calculator, new FreshnessOptions(), time);
    }
}

public sealed class SqliteDataCheckTests(DemoWarehouse<SqliteProvider> demo) : DataCheckTests<SqliteProvider>(demo);

public sealed class PostgreSqlDataCheckTests(DemoWarehouse<PostgreSqlProvider> demo) : DataCheckTests<PostgreSqlProvider>(demo);
