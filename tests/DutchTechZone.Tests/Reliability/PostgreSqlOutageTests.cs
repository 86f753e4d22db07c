using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DutchTechZone.Tests.Reliability;

/// <summary>Issue #8 §6: PostgreSQL stopped inside a load transaction (its own cluster, so no other test is affected).</summary>
[Collection("Reliability")]
public sealed class PostgreSqlOutageTests(ITestOutputHelper output) : IDisposable
{
    // The stop is timed by the probe (inside the load transaction), so the file need not be big to be hit mid-load;
    // PostgreSQL loads partner rows one statement each, and 50,000 of them cost the suite a minute for nothing.
    private const int Rows = 5_000;

    private readonly TempDirectory _temp = new();
    private readonly ThrowawayPostgreSql _server = new();

    [Fact]
    public async Task AServerStopMidLoadLeavesNoPartialRowsNoRunningRowAndTheNextRunLoadsOnce()
    {
        var data = _temp.Combine("data");
        string[] Args(string command) => [command, "--data", data, "--provider", "postgresql", "--connection", _server.ConnectionString];
        await new WarehouseMigrator(MigrationProvider.PostgreSql, _server.ConnectionString).MigrateAsync();
        CrashSuiteTests<PostgreSqlProvider>.WriteRealisatie(Path.Combine(data, "drop", "incoming", "Realisatie_groot_2026.csv"), "Gemeente Emmen", Rows);

        var probe = new LoadProbe(WarehouseProvider.PostgreSql, _server.ConnectionString, Path.Combine(data, "drop"));
        var last = await probe.LastImportIdAsync();
        using var process = DtzProcess.Start(Args("ingest"));
        var stoppedMidLoad = await probe.WaitForAsync(LoadProbe.Moment.Loading, process, last, TimeSpan.FromMinutes(2));
        _server.StopImmediately();
        var exit = await process.WaitAsync(TimeSpan.FromMinutes(1));
        _server.Start();
        Npgsql.NpgsqlConnection.ClearAllPools();   // this test's own pooled connections (the probe's) died with the server
        var afterOutage = await ScalarAsync<long>("SELECT COUNT(*) FROM fact_spending");
        var (again, log) = await DtzProcess.RunAsync(TimeSpan.FromMinutes(2), Args("ingest"));

        Assert.True(afterOutage is 0 or Rows, $"{afterOutage} rows after the outage (a partial load)");
        Assert.True(stoppedMidLoad, "the server was not stopped inside the load transaction:\n" + process.Output);
        Assert.True(exit != 0, process.Output);
        Assert.False(process.Output.Contains("   at ", StringComparison.Ordinal), process.Output);
        Assert.True(again == 0, log);
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'loaded'"));
        Assert.Equal(Rows, await ScalarAsync<long>("SELECT COUNT(*) FROM fact_spending"));
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'running'"));
        Assert.Empty(Directory.GetFiles(Path.Combine(data, "drop", "incoming")));
        CrashSuiteTests<PostgreSqlProvider>.RecordFigure(output,
            $"[postgresql] outage: 1 server stop (inside the load transaction, exit {exit}), 1 file, {Rows:N0} rows checked");
    }

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(WarehouseProvider.PostgreSql, _server.ConnectionString));
        await using var connection = await warehouse.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
