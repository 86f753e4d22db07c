using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regional;
using DutchTechZone.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DutchTechZone.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/DutchTechZone.Benchmarks -- regional CELLS [native] [postgres] [region-fastest]</c>: a plain
/// wall-clock run (not BenchmarkDotNet) of the regional import of a generated national table of CELLS cells, served
/// locally in the CBS Feed format, into a fresh warehouse (SQLite; with <c>postgres</c> a new database on the server in
/// <see cref="BenchmarkDatabases.PostgreSqlVariable"/>); then the unchanged re-run; then (with <c>native</c>) the native
/// path on the same machine in the same run: <c>curl</c> of every page to files + <c>sqlite3</c> (<c>json_each</c> over
/// the pages, unpivoted to long rows) or <c>psql</c> (<c>\copy</c> of the pages, unpivoted with
/// <c>json_array_elements</c>), into a plain table in one transaction. Prints wall and CPU times, the load average before
/// and after, and the process's peak working set (run 1× and 10× in separate processes to compare memory).
/// </summary>
internal static class RegionalImportRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cells = long.Parse(args[1], CultureInfo.InvariantCulture);
        var native = args.Contains("native");
        var postgres = args.Contains("postgres");
        var regionFastest = args.Contains("region-fastest");
        Console.WriteLine($"load average before: {LoadAverage()}");
        var work = Directory.CreateTempSubdirectory("dtz-regional-bench-");
        using var server = new NationalTableServer(cells, 18000 + Environment.ProcessId % 1000, regionFastest);
        Console.WriteLine($"Generated table {NationalTableServer.TableId}: {server.RowCount:N0} rows × {NationalTableServer.Topics} topics = {server.CellCount:N0} cells, {server.PageUrls().Count()} pages of {NationalTableServer.PageSize:N0} rows, {(regionFastest ? "RegioS fastest (worst case)" : "CBS order (Perioden fastest)")}");

        Warehouse warehouse;
        string? postgresDatabase = null;
        if (postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(BenchmarkDatabases.PostgreSqlConnectionString
                ?? throw new InvalidOperationException($"Set {BenchmarkDatabases.PostgreSqlVariable} to a PostgreSQL connection string (see docs/benchmarks.md)."))
            {
                Database = $"dtz_regional_{Environment.ProcessId}",
            };
            postgresDatabase = builder.ConnectionString;
            await new WarehouseMigrator(MigrationProvider.PostgreSql, builder.ConnectionString).MigrateAsync();
            warehouse = new Warehouse(new WarehouseSettings(WarehouseProvider.PostgreSql, builder.ConnectionString));
        }
        else
        {
            var connection = $"Data Source={Path.Combine(work.FullName, "warehouse.db")};Foreign Keys=True;Default Timeout=60";
            await new WarehouseMigrator(MigrationProvider.Sqlite, connection).MigrateAsync();
            warehouse = new Warehouse(new WarehouseSettings(WarehouseProvider.Sqlite, connection));
        }

        Console.WriteLine($"warehouse: {warehouse.Provider}");
        var first = await TimeImportAsync(server, warehouse);
        Console.WriteLine($"product import: {first.Time}, {first.Result.RowsRead:N0} cells read, {first.Result.RowsWritten:N0} rows written, status {first.Result.Status} {first.Result.Message}");
        var again = await TimeImportAsync(server, warehouse);
        Console.WriteLine($"unchanged re-run: {again.Time}, status {again.Result.Status}, {again.Result.RowsWritten:N0} rows written");
        await using (var c = await warehouse.OpenAsync())
        {
            Console.WriteLine($"fact_regional_figure rows: {await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM fact_regional_figure"):N0}");
        }

        using (var self = Process.GetCurrentProcess())
        {
            self.Refresh();
            Console.WriteLine($"peak working set (whole process, incl. server): {self.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB; GC total allocated {GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0:F0} MiB");
        }

        if (native)
        {
            var pages = Path.Combine(work.FullName, "pages");
            Directory.CreateDirectory(pages);
            var curl = Measure.Start();
            var i = 0;
            foreach (var url in server.PageUrls())
            {
                await Exec("curl", $"-s -f -o {Path.Combine(pages, $"p{i++:00000}.json")} '{url}'");
            }

            var curlTime = curl.Stop();
            var files = Directory.GetFiles(pages).Order(StringComparer.Ordinal).ToList();
            var topics = Enumerable.Range(1, NationalTableServer.Topics).Select(t => $"Onderwerp{t}_{t}").ToList();
            var script = Path.Combine(work.FullName, "native.sql");
            var load = Measure.Start();
            string count;
            if (postgres)
            {
                await File.WriteAllLinesAsync(script,
                [
                    "CREATE TABLE native_page (doc json);",
                    "CREATE TABLE native_fact (region text, category text, period text, topic text, value numeric);",
                    "BEGIN;",
                    .. files.Select(f => $"\\copy native_page FROM '{f}'"),
                    "INSERT INTO native_fact SELECT trim(r->>'RegioS'), trim(r->>'Geslacht'), r->>'Perioden', t.topic, (r->>t.topic)::numeric " +
                    "FROM native_page p CROSS JOIN LATERAL json_array_elements(p.doc->'value') r CROSS JOIN (VALUES " + string.Join(", ", topics.Select(t => $"('{t}')")) + ") t(topic);",
                    "COMMIT;",
                    "SELECT COUNT(*) FROM native_fact;",
                ]);
                var b = new NpgsqlConnectionStringBuilder(postgresDatabase);
                count = await Exec("psql", $"-X -q -t -A -v ON_ERROR_STOP=1 -h {b.Host} -p {b.Port} -U {b.Username} -d {b.Database} -f {script}");
            }
            else
            {
                await File.WriteAllLinesAsync(script,
                [
                    "CREATE TABLE fact (region TEXT, category TEXT, period TEXT, topic TEXT, value REAL);",
                    "BEGIN;",
                    .. files.Select(f =>
                        "INSERT INTO fact SELECT trim(json_extract(r.value,'$.RegioS')), trim(json_extract(r.value,'$.Geslacht')), json_extract(r.value,'$.Perioden'), t.topic, json_extract(r.value, '$.' || t.topic) " +
                        $"FROM json_each(readfile('{f}'), '$.value') r, (" + string.Join(" UNION ALL ", topics.Select(t => $"SELECT '{t}' AS topic")) + ") t;"),
                    "COMMIT;",
                    "SELECT COUNT(*) FROM fact;",
                ]);
                count = await Exec("sqlite3", $"{Path.Combine(work.FullName, "native.db")} \".read {script}\"");
            }

            var loadTime = load.Stop();
            var tool = postgres ? "psql \\copy + json_array_elements" : "sqlite3 json_each";
            Console.WriteLine($"native path: curl {curlTime} + {tool} {loadTime} = {(curlTime.Wall + loadTime.Wall).TotalSeconds:F1} s wall ({count.Trim()} rows)");
            Console.WriteLine($"product / native (wall): {first.Time.Wall / (curlTime.Wall + loadTime.Wall):F2}×");
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        work.Delete(recursive: true);
        return 0;
    }

    private static async Task<(Measure.Result Time, TableImportResult Result)> TimeImportAsync(NationalTableServer server, Warehouse warehouse)
    {
        using var http = new HttpClient();
        var client = new CbsFeedClient(http, new CbsOptions { BaseAddress = server.BaseAddress }, TimeProvider.System, NullLogger<CbsFeedClient>.Instance);
        var importer = new RegionalFigureImporter(client, CbsOrigin.Live, new ImportLog(warehouse, TimeProvider.System), new RegionalLineageQueries(warehouse),
            new RegionalFigureLoader(warehouse, TimeProvider.System), new RegionalImportOptions(), TimeProvider.System, NullLogger<RegionalFigureImporter>.Instance);
        var measure = Measure.Start();
        var result = await importer.ImportTableAsync(CbsTableDescriptor.Whole(NationalTableServer.TableId));
        return (measure.Stop(), result);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static async Task<string> Exec(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", $"{file} {arguments}"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{file} failed: {await error}");
    }

    /// <summary>
    /// Wall time and CPU time of a phase: this process's (the product, and the table server it hosts) plus that of the
    /// child processes it waited for (curl, sqlite3, psql). A database server's own CPU (PostgreSQL) is in neither.
    /// </summary>
    private sealed class Measure
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly TimeSpan _self = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly TimeSpan _children = ChildrenCpu();

        public static Measure Start() => new();

        public Result Stop() => new(_watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - _self, ChildrenCpu() - _children);

        private static TimeSpan ChildrenCpu()
        {
            if (!OperatingSystem.IsLinux() || GetRusage(-1, out var usage) != 0)   // RUSAGE_CHILDREN
            {
                return TimeSpan.Zero;
            }

            return TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1_000_000.0 + usage.UserMicroseconds + usage.SystemMicroseconds);
        }

        [DllImport("libc", EntryPoint = "getrusage")]
        private static extern int GetRusage(int who, out RUsage usage);

        [StructLayout(LayoutKind.Sequential)]
        private struct RUsage
        {
            public long UserSeconds;
            public long UserMicroseconds;
            public long SystemSeconds;
            public long SystemMicroseconds;
            public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVCsw, NIvCsw;
        }

        public sealed record Result(TimeSpan Wall, TimeSpan Cpu, TimeSpan ChildCpu)
        {
            public override string ToString() =>
                $"{Wall.TotalSeconds:F1} s wall (CPU {Cpu.TotalSeconds:F1} s" + (ChildCpu > TimeSpan.Zero ? $" + children {ChildCpu.TotalSeconds:F1} s)" : ")");
        }
    }
}
