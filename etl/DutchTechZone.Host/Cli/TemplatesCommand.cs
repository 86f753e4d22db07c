using System.CommandLine;
using DutchTechZone.Etl.Spreadsheets;

namespace DutchTechZone.Host.Cli;

/// <summary><c>dtz templates --out DIR</c>: writes the five blank partner templates as .xlsx and .csv.</summary>
public static class TemplatesCommand
{
    public static Command Create(CommandRunner runner)
    {
        var output = new Option<string>("--out") { Description = "Map voor de sjablonen.", Required = true };
        var command = new Command("templates", "Schrijft de lege sjablonen (xlsx en csv) voor de aanleveringen.") { output };
        command.SetAction(async (result, ct) =>
        {
            var written = TemplateWriter.WriteAll(result.GetValue(output)!);
            foreach (var file in written)
            {
                await runner.Console.Out.WriteLineAsync(file);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
