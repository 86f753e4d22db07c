using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DutchTechZone.Tests.Serve;

/// <summary>
/// <c>kill -9</c> of <c>dtz serve</c> in the middle of a load, then a restart: the file is loaded exactly once and no
/// import stays <c>running</c>.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class ServeCrashTests : IDisposable
{
    private const int RowsPerPartner = 10_000;
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    [Fact]
    public async Task AServerKilledMidLoadLoadsTheFileExactlyOnceAfterARestart()
    {
        Assert.Equal(ExitCodes.Ok, await DtzCommandLine.RunAsync(["migrate", "--data", Data], new DtzConsole(TextWriter.Null, TextWriter.Null)));
        var incoming = Path.Combine(Data, "drop", "incoming");
        var killed = false;
        using (var serve = await ServeHost.StartAsync(Data))
        {
            DropFiles.Deliver(incoming, "Indicatoren_groot.csv", DropFiles.Indicators("Groot", RowsPerPartner));
            killed = await Eventually.HoldsAsync(
                async () => await ScalarAsync("SELECT COUNT(*) FROM etl_import WHERE kind = 'file' AND status = 'running'") > 0,
                TimeSpan.FromSeconds(90),
                TimeSpan.FromMilliseconds(50));
            serve.Process.KillHard();
            Assert.True(killed, "the load never showed as running:\n" + serve.Process.Output);
        }

        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM fact_indicator"));

        using (var restarted = await ServeHost.StartAsync(Data))
        {
            var archived = Path.Combine(Data, "drop", "archive", "Indicatoren_groot.csv");
            Assert.True(await Eventually.HoldsAsync(() => File.Exists(archived), TimeSpan.FromSeconds(180)), "not archived after the restart:\n" + restarted.Process.Output);
        }

        Assert.Equal(5L * RowsPerPartner, await ScalarAsync("SELECT COUNT(*) FROM fact_indicator"));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM etl_import WHERE kind = 'file' AND status = 'loaded'"));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM etl_import WHERE status = 'running'"));
    }

    [Fact]
    public async Task SigtermDuringALoadLetsTheLoadFinishWithinTheShutdownTimeout()
    {
        Assert.Equal(ExitCodes.Ok, await DtzCommandLine.RunAsync(["migrate", "--data", Data], new DtzConsole(TextWriter.Null, TextWriter.Null)));
        using var serve = await ServeHost.StartAsync(Data);
        DropFiles.Deliver(Path.Combine(Data, "drop", "incoming"), "Indicatoren_groot.csv", DropFiles.Indicators("Groot", RowsPerPartner));
        Assert.True(
            await Eventually.HoldsAsync(async () => await ScalarAsync("SELECT COUNT(*) FROM etl_import WHERE kind = 'file' AND status = 'running'") > 0, TimeSpan.FromSeconds(90), TimeSpan.FromMilliseconds(50)),
            serve.Process.Output);

        serve.Process.Terminate();

        Assert.Equal(0, await serve.Process.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(5L * RowsPerPartner, await ScalarAsync("SELECT COUNT(*) FROM fact_indicator"));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM etl_import WHERE kind = 'file' AND status = 'loaded'"));
        Assert.True(File.Exists(Path.Combine(Data, "drop", "archive", "Indicatoren_groot.csv")), serve.Process.Output);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Data, "warehouse.db")};Default Timeout=30");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
