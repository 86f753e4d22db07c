using System.CommandLine;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Host.Output;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>dtz run [--offline]</c>: the production main job once — migrate, import CBS, process the drop folder,
/// recompute the budgets. Rejected files are reported, not a failure of the run; a CBS table or a file that the
/// pipeline could not process is (exit 1).
/// </summary>
public static class RunCommand
{
    public static Command Create(CommandRunner runner)
    {
        var offline = new Option<bool>("--offline") { Description = "Gebruik de meegeleverde snapshot in plaats van CBS." };
        var command = new Command("run", "Draait de hoofdtaak eenmaal: migreren, CBS importeren, aanleveringen verwerken, begrotingen herberekenen.") { offline };
        command.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            await runner.MigrateAsync(app, ct);
            var imports = await app.PopulationImporter(result.GetValue(offline)).ImportAsync(ct);
            await ImportCbsCommand.PrintAsync(imports, runner.Console.Out);
            IReadOnlyList<IngestResult> ingested = [];
            try
            {
                ingested = await app.Ingestor().IngestFolderAsync(ct);
                await IngestCommand.PrintAsync(ingested, runner.Console.Out);
            }
            catch (IntakeBusyException e)
            {
                await runner.Console.Out.WriteLineAsync(e.Message);
            }

            var logger = app.LoggerFactory.CreateLogger("DutchTechZone.Run");
            foreach (var year in app.Budget.Years.Keys.Order())
            {
                try
                {
                    var report = await app.BudgetCalculator().ComputeAsync(year, ct);
                    await runner.Console.Out.WriteLineAsync(
                        $"Begroting {year}: {(report.Status == "definitive" ? "definitief" : "voorlopig")}, bijdragen {DutchFormat.Euro(report.ContributionsTotal)}");
                }
                catch (BudgetUnavailableException e)
                {
                    logger.LogWarning("Budget {Year} not computed: {Reason}", year, e.Message);
                }
            }

            return imports.Any(r => r.Status == "failed") || ingested.Any(r => r.Status == IngestStatus.Failed) ? ExitCodes.Failure : ExitCodes.Ok;
        }));
        return command;
    }
}
