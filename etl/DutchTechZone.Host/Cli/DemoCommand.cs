using System.CommandLine;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>dtz demo</c>: everything offline on an empty folder — migrate, import the bundled snapshot, compute and
/// print the budget of the demo year (2026).
/// </summary>
public static class DemoCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("demo", "Demo zonder netwerk: migreert, laadt de meegeleverde snapshot en toont de begroting 2026.");
        command.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            await runner.MigrateAsync(app, ct);
            var imports = await app.PopulationImporter(offline: true).ImportAsync(ct);
            await ImportCbsCommand.PrintAsync(imports, runner.Console.Out);
            if (imports.Any(r => r.Status == "failed"))
            {
                return ExitCodes.Failure;
            }

            await runner.Console.Out.WriteLineAsync();
            var report = await app.BudgetCalculator().ComputeAsync(app.DemoYear, ct);
            BudgetTablePrinter.Print(report, runner.Console.Out);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
