using System.Diagnostics;
using System.Globalization;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regional;
using DutchTechZone.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace DutchTechZone.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/DutchTechZone.Benchmarks -- regional CELLS [native]</c>: a plain wall-clock
/// run (not BenchmarkDotNet) of the regional import of a generated national table of CELLS cells, served locally in the
/// CBS Feed format, into a fresh SQLite warehouse; then the unchanged re-run; then (with <c>native</c>) the native
/// path: <c>curl</c> of every page + <c>sqlite3</c> (<c>json_each</c> over the pages, unpivot to long rows). Prints
/// wall times and the process's peak working set (run 1× and 10× in separate processes to compare memory).
/// </summary>
internal static class RegionalImportRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cells = long.Parse(args[1], CultureInfo.InvariantCulture);
        var native = args.Contains("native");
        var work = Directory.CreateTempSubdirectory("dtz-regional-bench-");
        using var server = new NationalTableServer(cells, 18000 + Environment.ProcessId % 1000);
        Console.WriteLine($"Generated table {NationalTableServer.TableId}: {server.RowCount:N0} rows × {NationalTableServer.Topics} topics = {server.CellCount:N0} cells, {server.PageUrls().Count()} pages of {NationalTableServer.PageSize:N0} rows");

        var db = Path.Combine(work.FullName, "warehouse.db");
        var connection = $"Data Source={db};Foreign Keys=True;Default Timeout=60";
        await new WarehouseMigrator(MigrationProvider.Sqlite, connection).MigrateAsync();
        var warehouse = new Warehouse(new WarehouseSettings(WarehouseProvider.Sqlite, connection));

        var first = await TimeImportAsync(server, warehouse);
        Console.WriteLine($"product import: {first.Elapsed.TotalSeconds:F1} s, {first.Result.RowsRead:N0} cells read, {first.Result.RowsWritten:N0} rows written, status {first.Result.Status}");
        var again = await TimeImportAsync(server, warehouse);
        Console.WriteLine($"unchanged re-run: {again.Elapsed.TotalSeconds:F2} s, status {again.Result.Status}, {again.Result.RowsWritten:N0} rows written");
        await using (var c = await warehouse.OpenAsync())
        {
            Console.WriteLine($"fact_regional_figure rows: {await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM fact_regional_figure"):N0}");
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"peak working set (whole process, incl. server): {self.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MiB; GC total allocated {GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0:F0} MiB");

        if (native)
        {
            var pages = Path.Combine(work.FullName, "pages");
            Directory.CreateDirectory(pages);
            var watch = Stopwatch.StartNew();
            var i = 0;
            foreach (var url in server.PageUrls())
            {
                await Exec("curl", $"-s -f -o {Path.Combine(pages, $"p{i++:00000}.json")} '{url}'");
            }

            var curl = watch.Elapsed;
            var nativeDb = Path.Combine(work.FullName, "native.db");
            var script = Path.Combine(work.FullName, "native.sql");
            var topics = Enumerable.Range(1, NationalTableServer.Topics).ToList();
            await File.WriteAllLinesAsync(script,
            [
                "CREATE TABLE fact (region TEXT, category TEXT, period TEXT, topic TEXT, value REAL);",
                "BEGIN;",
                .. Directory.GetFiles(pages).Order(StringComparer.Ordinal).Select(f =>
                    "INSERT INTO fact SELECT trim(json_extract(r.value,'$.RegioS')), trim(json_extract(r.value,'$.Geslacht')), json_extract(r.value,'$.Perioden'), t.topic, json_extract(r.value, '$.' || t.topic) " +
                    $"FROM json_each(readfile('{f}'), '$.value') r, (" + string.Join(" UNION ALL ", topics.Select(t => $"SELECT 'Onderwerp{t}_{t}' AS topic")) + ") t;"),
                "COMMIT;",
                "SELECT COUNT(*) FROM fact;",
            ]);
            watch.Restart();
            var count = await Exec("sqlite3", $"{nativeDb} \".read {script}\"");
            Console.WriteLine($"native path: curl {curl.TotalSeconds:F1} s + sqlite3 load {watch.Elapsed.TotalSeconds:F1} s = {(curl + watch.Elapsed).TotalSeconds:F1} s ({count.Trim()} rows)");
        }

        work.Delete(recursive: true);
        return 0;
    }

    private static async Task<(TimeSpan Elapsed, TableImportResult Result)> TimeImportAsync(NationalTableServer server, Warehouse warehouse)
    {
        using var http = new HttpClient();
        var client = new CbsFeedClient(http, new CbsOptions { BaseAddress = server.BaseAddress }, TimeProvider.System, NullLogger<CbsFeedClient>.Instance);
        var importer = new RegionalFigureImporter(client, CbsOrigin.Live, new ImportLog(warehouse, TimeProvider.System), new RegionalLineageQueries(warehouse),
            new RegionalFigureLoader(warehouse, TimeProvider.System), new RegionalImportOptions(), TimeProvider.System, NullLogger<RegionalFigureImporter>.Instance);
        var watch = Stopwatch.StartNew();
        var result = await importer.ImportTableAsync(CbsTableDescriptor.Whole(NationalTableServer.TableId));
        return (watch.Elapsed, result);
    }

    private static async Task<string> Exec(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", $"{file} {arguments}"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} failed: {error}");
    }
}
