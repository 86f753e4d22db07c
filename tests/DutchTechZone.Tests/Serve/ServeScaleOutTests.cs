using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Infrastructure;
using Npgsql;

namespace DutchTechZone.Tests.Serve;

/// <summary>
/// Two <c>dtz serve</c> processes sharing one PostgreSQL warehouse and Hangfire storage (how the pipeline scales
/// out), with 20 files dropped at once: each is loaded exactly once (Hangfire runs jobs at least once and its locks
/// are best effort; the atomic claim and the content hash under the warehouse lock make that harmless).
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class ServeScaleOutTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task TwoServersLoadTwentyFilesDroppedAtOnceExactlyOnce()
    {
        var connection = PostgreSqlServer.CreateDatabase();
        var data = _temp.Combine("data");
        string[] database = ["--provider", "postgresql", "--connection", connection];
        Assert.Equal(ExitCodes.Ok, await DtzCommandLine.RunAsync(["migrate", "--data", data, .. database], new DtzConsole(TextWriter.Null, TextWriter.Null)));
        using var first = await ServeHost.StartAsync(data, null, database);
        using var second = await ServeHost.StartAsync(data, null, database);

        var incoming = Path.Combine(data, "drop", "incoming");
        var names = Enumerable.Range(1, 20).Select(n => $"Indicatoren_{n:00}.csv").ToList();
        foreach (var (name, n) in names.Select((name, i) => (name, i + 1)))
        {
            DropFiles.Deliver(incoming, name, DropFiles.Indicators($"Indicator {n:00}"));
        }

        var archive = Path.Combine(data, "drop", "archive");
        Assert.True(
            await Eventually.HoldsAsync(() => names.All(n => File.Exists(Path.Combine(archive, n))), TimeSpan.FromSeconds(120)),
            "not all archived:\n" + first.Process.Output + "\n----\n" + second.Process.Output);

        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        Assert.Equal(20L, await ScalarAsync(db, "SELECT COUNT(*) FROM etl_import WHERE kind = 'file'"));
        Assert.Equal(20L, await ScalarAsync(db, "SELECT COUNT(*) FROM etl_import WHERE kind = 'file' AND status = 'loaded'"));
        Assert.Equal(20L, await ScalarAsync(db, "SELECT COUNT(DISTINCT content_hash) FROM etl_import WHERE kind = 'file'"));
        Assert.Equal(100L, await ScalarAsync(db, "SELECT COUNT(*) FROM fact_indicator"));
        Assert.Equal(100L, await ScalarAsync(db, "SELECT SUM(rows_written) FROM etl_import WHERE kind = 'file'"));
        Assert.Equal(0L, await ScalarAsync(db, "SELECT COUNT(*) FROM etl_import WHERE status = 'running'"));
        Assert.DoesNotContain(Directory.EnumerateFiles(incoming), f => !Path.GetFileName(f).StartsWith('.'));
        Assert.Equal(2L, await ScalarAsync(db, "SELECT COUNT(*) FROM hangfire.server"));
    }

    public void Dispose() => _temp.Dispose();

    private static async Task<long> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
