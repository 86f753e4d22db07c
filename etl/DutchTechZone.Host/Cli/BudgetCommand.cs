using System.CommandLine;
using System.Text.Json;
using DutchTechZone.Etl.UseCases;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Host.Cli;

/// <summary><c>dtz budget --year YYYY [--json]</c>: the year's contributions and available resources.</summary>
public static class BudgetCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CommandRunner runner)
    {
        var year = new Option<int>("--year") { Description = "Begrotingsjaar, bijvoorbeeld 2026.", Required = true };
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON." };
        var command = new Command("budget", "Berekent de gemeentelijke bijdragen en de beschikbare middelen van een jaar.") { year, json };
        command.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            var budgetYear = BudgetYearOption.Checked(result.GetValue(year));

            await runner.MigrateAsync(app, ct);
            var report = await app.Get<RecomputeBudgets>().ComputeYearAsync(budgetYear, ct);
            if (result.GetValue(json))
            {
                await runner.Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, Json));
            }
            else
            {
                BudgetTablePrinter.Print(report, runner.Console.Out);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
