using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DutchTechZone.Tests.Reliability;

/// <summary>Issue #8 §6: PostgreSQL stopped in the middle of a 50,000-row load (its own cluster, so no other test is affected).</summary>
[Collection("Reliability")]
public sealed class PostgreSqlOutageTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ThrowawayPostgreSql _server = new();

    [Fact]
    public async Task AServerStopMidLoadLeavesNoPartialRowsNoRunningRowAndTheNextRunLoadsOnce()
    {
        var data = _temp.Combine("data");
        string[] Args(string command) => [command, "--data", data, "--provider", "postgresql", "--connection", _server.ConnectionString];
        Assert.Equal(0, (await DtzProcess.RunAsync(TimeSpan.FromMinutes(2), Args("migrate"))).Exit);
        CrashSuiteTests<PostgreSqlProvider>.WriteRealisatie(Path.Combine(data, "drop", "incoming", "Realisatie_groot_2026.csv"), "Gemeente Emmen", CrashSuiteTests<PostgreSqlProvider>.BigRows);

        using var process = DtzProcess.Start(Args("ingest"));
        await Task.Delay(1500);
        var stoppedMidLoad = !process.HasExited;
        _server.StopImmediately();
        var exit = await process.WaitAsync(TimeSpan.FromMinutes(1));
        _server.Start();
        var afterOutage = await ScalarAsync<long>("SELECT COUNT(*) FROM fact_spending");
        var (again, log) = await DtzProcess.RunAsync(TimeSpan.FromMinutes(2), Args("ingest"));

        Assert.True(afterOutage is 0 or CrashSuiteTests<PostgreSqlProvider>.BigRows, $"{afterOutage} rows after the outage (a partial load)");
        Assert.True(!stoppedMidLoad || exit != 0, process.Output);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
        Assert.True(again == 0, log);
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'loaded'"));
        Assert.Equal(CrashSuiteTests<PostgreSqlProvider>.BigRows, await ScalarAsync<long>("SELECT COUNT(*) FROM fact_spending"));
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'running'"));
        Assert.Empty(Directory.GetFiles(Path.Combine(data, "drop", "incoming")));
        CrashSuiteTests<PostgreSqlProvider>.RecordFigure(output,
            $"[postgresql] outage: 1 server stop ({(stoppedMidLoad ? "mid-load" : "after the load")}, exit {exit}), 1 file, {CrashSuiteTests<PostgreSqlProvider>.BigRows:N0} rows checked");
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
