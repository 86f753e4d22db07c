using System.CommandLine;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.UseCases;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Host.Cli;

/// <summary><c>dtz import cbs [--offline]</c>: pulls the population tables once.</summary>
public static class ImportCbsCommand
{
    public static Command Create(CommandRunner runner)
    {
        var offline = new Option<bool>("--offline") { Description = "Gebruik de meegeleverde snapshot in plaats van CBS." };
        var cbs = new Command("cbs", "Haalt de inwoneraantallen op bij CBS StatLine (37230ned, 03759ned).") { offline };
        cbs.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            await runner.MigrateAsync(app, ct);
            var outcome = await app.Get<ImportCbsTables>().ExecuteAsync(result.GetValue(offline), ct);
            await PrintAsync(outcome.Tables, runner.Console.Out);
            return outcome.AnyFailed ? ExitCodes.Failure : ExitCodes.Ok;
        }));
        return new Command("import", "Importeert één bron eenmalig.") { cbs };
    }

    /// <summary>One line per table and the total rows written.</summary>
    public static async Task PrintAsync(IReadOnlyList<TableImportResult> results, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var r in results)
        {
            var what = r.Status switch
            {
                "loaded" => $"geladen, {DutchFormat.Count(r.RowsRead)} cijfers gelezen",
                "skipped" => "ongewijzigd sinds de vorige lading, overgeslagen",
                _ => "mislukt: " + r.Message,
            };
            await writer.WriteLineAsync($"CBS {r.TableId} ({r.Origin}): {what}, {DutchFormat.Count(r.RowsWritten)} rijen geschreven");
        }

        await writer.WriteLineAsync($"CBS-import: {DutchFormat.Count(results.Sum(r => r.RowsWritten))} rijen geschreven");
    }
}
