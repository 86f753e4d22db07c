using System.Text.Json;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Trust;

/// <summary><c>dtz check</c> and <c>dtz explain budget</c> end to end after <c>dtz demo</c>.</summary>
public abstract class TrustCommandTests<TProvider>(DemoWarehouse<TProvider> demo) : IClassFixture<DemoWarehouse<TProvider>>
    where TProvider : IWarehouseProvider, new()
{
    [Fact]
    public async Task CheckAfterTheDemoPassesWithExitZeroAndStoresTheRun()
    {
        var connection = demo.Copy();

        var (exit, output) = await demo.RunAsync(connection, "check", "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output[..(output.LastIndexOf('}') + 1)]);
        Assert.Equal("pass", json.RootElement.GetProperty("status").GetString());
        await using var db = await Warehouse(connection).OpenAsync();
        Assert.Equal("pass", await db.ExecuteScalarAsync<string>("SELECT status FROM etl_check_run WHERE run_id = (SELECT MAX(run_id) FROM etl_check_run)"));
    }

    [Fact]
    public async Task CheckExitsOneOnAFailureAndFourOnAWarning()
    {
        var failing = demo.Copy();
        await ExecuteAsync(failing, "UPDATE fact_funding SET amount_cents = amount_cents + 1 WHERE source_row = 2");
        var warning = demo.Copy();
        await ExecuteAsync(warning, "UPDATE dim_partner SET name_key = NULL WHERE name = 'Gemeente Emmen'");

        var (failExit, failOutput) = await demo.RunAsync(failing, "check");
        var (warnExit, warnOutput) = await demo.RunAsync(warning, "check");

        Assert.Equal(ExitCodes.Failure, failExit);
        Assert.Contains("FOUT         reconcile.file_amounts", failOutput, StringComparison.Ordinal);
        Assert.Contains("Middelen_2026.xlsx", failOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Warning, warnExit);
        Assert.Contains("WAARSCHUWING not_null.name_keys", warnOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainNamesTheSampleTablePeriodAndStampOfEmmenAndTheMiddelenCellOfTheCarryOver()
    {
        var connection = demo.Copy();
        await using var db = await Warehouse(connection).OpenAsync();
        var modified = await db.ExecuteScalarAsync<DateTimeOffset>("SELECT cbs_modified FROM dim_source WHERE kind = 'cbs_table' AND name = '37230ned' ORDER BY source_key DESC");

        var (exit, output) = await demo.RunAsync(connection, "explain", "budget", "--year", "2026", "--municipality", "GM0114");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Emmen (GM0114): € 109.754 voor 109.754 inwoners (voorlopig)", output, StringComparison.Ordinal);
        Assert.Contains("bron: CBS-tabel 37230ned (bundled sample), periode 2025MM09, CBS-status Voorlopig", output, StringComparison.Ordinal);
        Assert.Contains($"tabel gewijzigd (Modified) {DutchFormat.Time(modified)}", output, StringComparison.Ordinal);
        Assert.Contains("Overgebleven middelen: € 45.870", output, StringComparison.Ordinal);
        Assert.Contains("bron: bestand Middelen_2026.xlsx, blad Middelen, rij 2", output, StringComparison.Ordinal);
        Assert.DoesNotContain("GM0109", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainJsonCarriesTheSameLineageAsRptLineage()
    {
        var connection = demo.Copy();

        var (exit, output) = await demo.RunAsync(connection, "explain", "budget", "--year", "2026", "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..(output.LastIndexOf('}') + 1)]);
        var contributions = json.RootElement.GetProperty("contributions").EnumerateArray().ToList();
        Assert.Equal(5, contributions.Count);
        var emmen = contributions.Single(c => c.GetProperty("cbsCode").GetString() == "GM0114");
        Assert.Equal("2025MM09", emmen.GetProperty("cbs").GetProperty("period").GetString());
        var carryOver = json.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("detail").GetString() == "carry_over");
        Assert.Equal(2, carryOver.GetProperty("file").GetProperty("row").GetInt64());
        await using var db = await Warehouse(connection).OpenAsync();
        var hash = await db.ExecuteScalarAsync<string>("SELECT content_hash FROM rpt_lineage WHERE figure = 'funding' AND detail = 'carry_over'");
        Assert.Equal(hash, carryOver.GetProperty("file").GetProperty("sha256").GetString());
    }

    private DutchTechZone.Database.Warehouse Warehouse(string connection) => new(new WarehouseSettings(demo.Provider.Provider, connection));

    private async Task ExecuteAsync(string connection, string sql)
    {
        await using var db = await Warehouse(connection).OpenAsync();
        await db.ExecuteAsync(sql);
    }
}

public sealed class SqliteTrustCommandTests(DemoWarehouse<SqliteProvider> demo) : TrustCommandTests<SqliteProvider>(demo);

public sealed class PostgreSqlTrustCommandTests(DemoWarehouse<PostgreSqlProvider> demo) : TrustCommandTests<PostgreSqlProvider>(demo);
