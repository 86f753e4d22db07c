using System.CommandLine;
using DutchTechZone.Etl.UseCases;
using DutchTechZone.Host.Output;

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
            var outcome = await app.Get<RunPipeline>().ExecuteAsync(result.GetValue(offline), ct);
            await ImportCbsCommand.PrintAsync(outcome.Cbs.Population, runner.Console.Out);
            await ImportCbsCommand.PrintRegionalAsync(outcome.Cbs.Regional, runner.Console.Out, runner.Console.Error);
            if (outcome.Intake.Busy)
            {
                await runner.Console.Out.WriteLineAsync(outcome.Intake.BusyMessage);
            }
            else
            {
                await IngestCommand.PrintAsync(outcome.Intake.Files, runner.Console.Out);
            }

            foreach (var year in outcome.Budgets.Years.Where(y => y.Report is not null))
            {
                await runner.Console.Out.WriteLineAsync(
                    $"Begroting {year.Year}: {(year.Report!.Status == "definitive" ? "definitief" : "voorlopig")}, bijdragen {DutchFormat.Euro(year.Report.ContributionsTotal)}");
            }

            return outcome.AnyFailed ? ExitCodes.Failure : ExitCodes.Ok;
        }));
        return command;
    }
}
