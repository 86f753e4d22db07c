using System.CommandLine;
using System.Text.Json;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Checks;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>dtz check [--json]</c>: the data tests and source freshness of the warehouse; the run is stored in
/// <c>etl_check_run</c>/<c>etl_check</c>. Exit 0 all pass, 4 a warning, 1 a failure.
/// </summary>
public static class CheckCommand
{
    public static Command Create(CommandRunner runner)
    {
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON." };
        var command = new Command("check", "Controleert de gegevens in het warehouse (datatests en versheid van de bronnen) en slaat de uitkomst op.") { json };
        command.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            await runner.MigrateAsync(app, ct);
            var report = await Checker(app).RunAsync(ct);
            if (result.GetValue(json))
            {
                await runner.Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, BudgetCommand.Json));
            }
            else
            {
                Print(report, runner.Console.Out);
            }

            return ExitCodeOf(report);
        }));
        return command;
    }

    /// <summary>The checker built from the app's settings (the lead wires the same use case into the jobs).</summary>
    public static WarehouseChecker Checker(DtzApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var calculator = new BudgetCalculator(new PopulationQueries(app.Warehouse), new BudgetQueries(app.Warehouse),
            new ContributionWriter(app.Warehouse, app.Time), app.Budget, app.Municipalities);
        return new WarehouseChecker(new CheckQueries(app.Warehouse), new CheckLog(app.Warehouse), calculator,
            app.Configuration.GetSection("Freshness").Get<FreshnessOptions>() ?? new FreshnessOptions(), app.Time);
    }

    public static int ExitCodeOf(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Status switch
        {
            "fail" => ExitCodes.Failure,
            "warn" => ExitCodes.Warning,
            _ => ExitCodes.Ok,
        };
    }

    private static void Print(CheckReport report, TextWriter writer)
    {
        writer.WriteLine($"Controle {report.RunId} ({DutchFormat.Time(report.CheckedAt)}): {report.Passed} geslaagd, {report.Warned} waarschuwing(en), {report.Failed} fout(en)");
        foreach (var c in report.Checks)
        {
            var mark = c.Status switch { "pass" => "ok  ", "warn" => "WAARSCHUWING", "fail" => "FOUT", _ => "n.v.t." };
            writer.WriteLine($"{mark,-12} {c.Name}: {c.Message}" + (c.FailingRows > 0 ? $" — {c.FailingRows} rij(en)" : ""));
            foreach (var row in c.Sample)
            {
                writer.WriteLine($"             · {row}");
            }
        }
    }
}
