using System.Text;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DutchTechZone.Tests.Reliability;

/// <summary>
/// Issue #8 §6, the reliability suite: real <c>dtz ingest</c> processes killed with SIGKILL at several moments of a
/// 50,000-row load, and two processes on one drop folder and on one warehouse. After each kill no partial rows; after
/// the next run every file is loaded exactly once and no <c>running</c> row is left. Figures go to the test output
/// and to <c>$TMPDIR/dtz-reliability-figures.txt</c>.
/// </summary>
[Collection("Reliability")]
public abstract class CrashSuiteTests<TProvider>(ITestOutputHelper output) : IDisposable where TProvider : IWarehouseProvider, new()
{
    internal const int BigRows = 50_000;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private string? _connection;

    private string Connection => _connection ??= _provider.Provider == WarehouseProvider.Sqlite
        ? $"Data Source={_temp.Combine("shared", "warehouse.db")};Foreign Keys=True;Default Timeout=60"
        : _provider.CreateEmptyDatabase(_temp);

    [Fact]
    public async Task KillNineAtSeveralMomentsOfA50000RowLoadLeavesNoPartialRowsAndTheNextRunLoadsItExactlyOnce()
    {
        var data = await MigratedAsync("data");
        WriteRealisatie(Path.Combine(data, "drop", "incoming", "Realisatie_groot_2026.csv"), "Gemeente Emmen", BigRows);
        var probe = new LoadProbe(_provider.Provider, Connection, Path.Combine(data, "drop"));

        // Each kill strikes at a moment the probe sees, not after a guessed delay: the file claimed (recovered from
        // processing/), its import row written (marked interrupted), and inside the load transaction (the moment that
        // matters for partial rows; also recovery and interrupted). On SQLite each moment costs a process start and a
        // 50,000-row read, and the transaction rolls back the same way early or late: claimed and inside the load
        // transaction are enough there; PostgreSQL gets every moment, and the transaction twice (its rollback is the server's).
        (LoadProbe.Moment Moment, int After)[] moments = _provider.Provider == WarehouseProvider.Sqlite
            ? [(LoadProbe.Moment.Claimed, 0), (LoadProbe.Moment.Loading, 0)]
            : [(LoadProbe.Moment.Claimed, 0), (LoadProbe.Moment.Started, 0), (LoadProbe.Moment.Loading, 0), (LoadProbe.Moment.Loading, 400)];
        var killed = new List<string>();
        var partialChecks = 0;
        foreach (var (moment, after) in moments)
        {
            var last = await probe.LastImportIdAsync();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var process = DtzProcess.Start(Args(data, "ingest"));
            var reached = await probe.WaitForAsync(moment, process, last, RunTimeout);
            if (reached && after > 0)
            {
                await Task.Delay(after);
                reached = await probe.LoadLockHeldAsync();
            }

            if (reached && process.KillNine())
            {
                killed.Add(LoadProbe.Describe(moment) + (after > 0 ? $" +{after} ms" : ""));
            }

            output.WriteLine($"{LoadProbe.Describe(moment)} +{after} ms: reached {reached} after {clock.Elapsed.TotalSeconds:0.0} s");
            var rows = await ScalarAsync<long>("SELECT COUNT(*) FROM fact_spending");
            Assert.True(rows is 0 or BigRows, $"after a kill at '{LoadProbe.Describe(moment)}': {rows} rows (a partial load)");
            partialChecks++;
            if (rows == BigRows)
            {
                break;   // loaded before this kill; the remaining moments would find nothing to do
            }
        }

        var final = System.Diagnostics.Stopwatch.StartNew();
        var (exit, log) = await DtzProcess.RunAsync(RunTimeout, Args(data, "ingest"));
        output.WriteLine($"the next run: exit {exit} after {final.Elapsed.TotalSeconds:0.0} s");

        Assert.True(exit == 0, log);
        await AssertExactlyOnceAsync(data, files: 1, BigRows);
        Assert.True(killed.Any(k => k.StartsWith(LoadProbe.Describe(LoadProbe.Moment.Loading), StringComparison.Ordinal)),
            $"no kill landed inside the load transaction (kills: {string.Join(", ", killed)})");
        Record($"kill -9: {killed.Count} kill(s) during the load ({string.Join("; ", killed)}), {partialChecks} partial-row check(s), 1 file, {BigRows:N0} rows checked");
    }

    [Fact]
    public async Task TwoProcessesOnOneDropFolderLoadEachFileExactlyOnce()
    {
        var data = await MigratedAsync("data");
        var partners = new[] { "Gemeente Emmen", "Gemeente Coevorden", "Gemeente Hoogeveen" };
        foreach (var partner in partners)
        {
            WriteRealisatie(Path.Combine(data, "drop", "incoming", $"Realisatie_{partner.Split(' ')[1]}_2026.csv"), partner, 3_000);
        }

        using var first = DtzProcess.Start(Args(data, "ingest"));
        using var second = DtzProcess.Start(Args(data, "ingest"));
        var exits = new[] { await first.WaitAsync(RunTimeout), await second.WaitAsync(RunTimeout) };
        var (again, log) = await DtzProcess.RunAsync(RunTimeout, Args(data, "ingest"));

        Assert.All(exits, e => Assert.True(e is 0 or 6, $"exit {e}: {first.Output}{second.Output}"));
        Assert.Equal(0, again);
        Assert.Contains("Geen bestanden om te verwerken", log, StringComparison.Ordinal);
        await AssertExactlyOnceAsync(data, files: partners.Length, partners.Length * 3_000);
        Record($"one drop folder, two processes: exits {string.Join("/", exits)}, {partners.Length} files, {partners.Length * 3_000:N0} rows checked");
    }

    [Fact]
    public async Task TwoProcessesOnOneWarehouseLoadAnIdenticalFileExactlyOnce()
    {
        var one = await MigratedAsync("een");
        var two = _temp.Combine("twee");
        WriteRealisatie(Path.Combine(one, "drop", "incoming", "Realisatie_Emmen_2026.csv"), "Gemeente Emmen", 5_000);
        WriteRealisatie(Path.Combine(two, "drop", "incoming", "Realisatie_Emmen_2026.csv"), "Gemeente Emmen", 5_000);

        using var first = DtzProcess.Start(Args(one, "ingest"));
        using var second = DtzProcess.Start(Args(two, "ingest"));
        var exits = new[] { await first.WaitAsync(RunTimeout), await second.WaitAsync(RunTimeout) };

        Assert.True(exits.All(e => e == 0), first.Output + second.Output);
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'loaded'"));
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'duplicate'"));
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'running'"));
        Assert.Equal(5_000, await ScalarAsync<long>("SELECT COUNT(*) FROM fact_spending"));
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE replaces IS NOT NULL"));
        Record($"one warehouse, two processes, identical file: exits {string.Join("/", exits)}, 2 files, 5,000 rows checked");
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    internal static void WriteRealisatie(string path, string partner, int rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = new StringBuilder("Datum;Partner;Thema;Activiteit;Omschrijving;Kenmerk;Status;Bedrag\r\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"12-2-2026;{partner};1;Koplopers;Opdracht {i};K-{i};Verplicht;{i % 997 + 1},50\r\n");
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    internal static void RecordFigure(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "dtz-reliability-figures.txt"), line + Environment.NewLine);
    }

    private void Record(string line) => RecordFigure(output, $"[{_provider.Name}] {line}");

    private async Task AssertExactlyOnceAsync(string data, int files, long rows)
    {
        Assert.Equal(files, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE kind = 'file' AND status = 'loaded'"));
        Assert.Equal(files, await ScalarAsync<long>("SELECT COUNT(DISTINCT name) FROM etl_import WHERE kind = 'file' AND status = 'loaded'"));
        Assert.Equal(rows, await ScalarAsync<long>("SELECT COUNT(*) FROM fact_spending"));
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'running'"));
        Assert.Empty(Directory.GetFiles(Path.Combine(data, "drop", "incoming")));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(data, "drop", "processing")));
        Assert.Equal(files, Directory.GetFiles(Path.Combine(data, "drop", "archive")).Length);
    }

    /// <summary>The warehouse migrated (in this process: the suite is about ingest, not migrate) and the data folder's path.</summary>
    private async Task<string> MigratedAsync(string folder)
    {
        Directory.CreateDirectory(_temp.Combine("shared"));
        await new WarehouseMigrator(_provider.MigrationProvider, Connection).MigrateAsync();
        return _temp.Combine(folder);
    }

    private string[] Args(string data, string command) => [command, "--data", data, "--provider", _provider.Name, "--connection", Connection];

    private async Task<T> ScalarAsync<T>(string sql)
    {
        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, Connection));
        await using var connection = await warehouse.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}

[CollectionDefinition("Reliability", DisableParallelization = true)]
public sealed class ReliabilityCollection;

public sealed class SqliteCrashSuiteTests(ITestOutputHelper output) : CrashSuiteTests<SqliteProvider>(output);

public sealed class PostgreSqlCrashSuiteTests(ITestOutputHelper output) : CrashSuiteTests<PostgreSqlProvider>(output);
