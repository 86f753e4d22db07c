using System.CommandLine;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Host.Composition;

namespace DutchTechZone.Host.Cli;

/// <summary><c>dtz templates --out DIR</c>: writes the five blank partner templates as .xlsx and .csv.</summary>
public static class TemplatesCommand
{
    public static Command Create(CommandRunner runner)
    {
        var output = new Option<string>("--out") { Description = "Map voor de sjablonen.", Required = true };
        var command = new Command("templates", "Schrijft de lege sjablonen (xlsx en csv) voor de aanleveringen.") { output };
        command.SetAction((result, ct) => runner.GuardAsync(result, async () =>
        {
            var folder = result.GetValue(output)!;
            if (File.Exists(folder))
            {
                throw new DtzConfigurationException($"--out {folder} is een bestaand bestand, geen map; geef een (nieuwe) map op.");
            }

            var written = TemplateWriter.WriteAll(folder);
            foreach (var file in written)
            {
                await runner.Console.Out.WriteLineAsync(file);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
