using System.CommandLine;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Etl.UseCases;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>dtz demo</c>: everything offline on an empty folder — migrate, import the bundled snapshot, load the sample
/// partner spreadsheets (written to <c>&lt;data&gt;/samples</c>), compute and print the budget of the demo year (2026).
/// </summary>
public static class DemoCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("demo", "Demo zonder netwerk: migreert, laadt de meegeleverde snapshot en voorbeeldbestanden en toont de begroting 2026.");
        command.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            await runner.MigrateAsync(app, ct);
            var imports = await app.Get<ImportCbsTables>().ExecuteAsync(offline: true, ct);
            await ImportCbsCommand.PrintAsync(imports.Population, runner.Console.Out);
            await ImportCbsCommand.PrintRegionalAsync(imports.Regional, runner.Console.Out, runner.Console.Error);
            if (imports.AnyFailed)
            {
                return ExitCodes.Failure;
            }

            await runner.Console.Out.WriteLineAsync();
            // The samples would replace real deliveries of 2026 (same replacement keys): never load them over those.
            // Recognised by content hash, not by name: a real delivery named like a sample is real (issue #10).
            var real = (await new LoadedFileQueries(app.Warehouse).LoadedFilesAsync(ct))
                .Where(f => f.ContentHash is null || !SampleFiles.ContentHashes.Contains(f.ContentHash)).Select(f => f.Name).Distinct().ToList();
            if (real.Count > 0)
            {
                await runner.Console.Out.WriteLineAsync(
                    $"Het warehouse bevat echte aanleveringen ({string.Join(", ", real.Take(3))}{(real.Count > 3 ? ", …" : "")}); de voorbeeldbestanden worden niet geladen.");
            }
            else
            {
                var samples = SampleFiles.WriteAll(Path.Combine(app.DataDirectory, "samples"));
                var ingested = await app.Get<IngestDeliveries>().IngestFilesAsync(samples, ct);
                if (ingested.Busy)
                {
                    await runner.Console.Error.WriteLineAsync(ingested.BusyMessage);
                    return ExitCodes.Failure;
                }

                await IngestCommand.PrintAsync(ingested.Files, runner.Console.Out);
                if (IngestCommand.ExitCodeOf(ingested.Files) != ExitCodes.Ok)
                {
                    return ExitCodes.Failure;
                }
            }

            await runner.Console.Out.WriteLineAsync();
            var report = await app.Get<RecomputeBudgets>().ComputeYearAsync(app.DemoYear, ct);
            BudgetTablePrinter.Print(report, runner.Console.Out);
            var reportFiles = await ReportCommand.WriteAsync(app, ReportCommand.PeriodOf(app, app.DemoYear), Path.Combine(app.DataDirectory, "report"), ct);
            await runner.Console.Out.WriteLineAsync($"{Environment.NewLine}Bestuursrapportage geschreven: {string.Join(", ", reportFiles.Select(Path.GetFileName))} in {Path.GetDirectoryName(reportFiles[0])}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
