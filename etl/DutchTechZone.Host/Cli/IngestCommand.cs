using System.CommandLine;
using System.Text.Json;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Etl.UseCases;
using DutchTechZone.Etl.Hygiene;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>dtz ingest [FILE…] [--json]</c>: without FILE, processes the drop folder once. Exit 0 when every file loaded
/// (or was a duplicate), 3 when at least one was rejected, 1 when the pipeline itself failed.
/// </summary>
public static class IngestCommand
{
    public static Command Create(CommandRunner runner)
    {
        var files = new Argument<string[]>("FILE") { Description = "Bestanden om te verwerken (de originelen blijven staan).", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Uitvoer als JSON." };
        var command = new Command("ingest", "Verwerkt aangeleverde spreadsheets (de map drop/incoming, of de genoemde bestanden).") { files, json };
        command.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            await runner.MigrateAsync(app, ct);
            var given = result.GetValue(files) ?? [];
            var intake = app.Get<IngestDeliveries>();
            var outcome = given.Length > 0 ? await intake.IngestFilesAsync(given, ct) : await intake.ScanAsync(ct);
            if (outcome.Busy)
            {
                throw new IntakeBusyException(outcome.BusyMessage!);
            }

            var results = outcome.Files;
            if (result.GetValue(json))
            {
                await runner.Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { files = results }, BudgetCommand.Json));
                foreach (var missing in results.Where(r => r.Status == IngestStatus.NotFound))
                {
                    await runner.Console.Error.WriteLineAsync(Line(missing, NotFound));   // the failure (exit 5) on stderr as well
                }
            }
            else
            {
                await PrintAsync(results, runner.Console.Out, runner.Console.Error);
            }

            return ExitCodeOf(results);
        }));
        return command;
    }

    public static int ExitCodeOf(IReadOnlyList<IngestResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results.Any(r => r.Status == IngestStatus.Failed) ? ExitCodes.Failure
            : results.Any(r => r.Status == IngestStatus.Busy) ? ExitCodes.Busy
            : results.Any(r => r.Status == IngestStatus.NotFound) ? ExitCodes.Configuration
            : results.Any(r => r.Status == IngestStatus.Rejected) ? ExitCodes.Rejected
            : ExitCodes.Ok;
    }

    /// <summary>One line per file (and its errors and warnings); a given file that does not exist goes to <paramref name="problems"/> (stderr) instead.</summary>
    public static async Task PrintAsync(IReadOnlyList<IngestResult> results, TextWriter writer, TextWriter? problems = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        if (results.Count == 0)
        {
            await writer.WriteLineAsync("Geen bestanden om te verwerken.");
        }

        foreach (var r in results)
        {
            var what = r.Status switch
            {
                IngestStatus.Loaded => $"geladen ({r.Template}), {DutchFormat.Count(r.Rows)} rijen" + (r.Replaces is null ? "" : $", vervangt {r.Replaces}")
                    + (r.Message is null ? "" : "; " + r.Message),
                IngestStatus.Duplicate => "al eerder geladen (identiek bestand), niets geladen",
                IngestStatus.Rejected => $"afgewezen: {r.Errors.Count} fout(en), zie {Path.GetFileName(r.Location)}.fouten.txt in de map rejected",
                IngestStatus.Busy => "niet verwerkt, bezig: " + r.Message,
                IngestStatus.Skipped => "overgeslagen: " + r.Message,
                IngestStatus.NotFound => NotFound,
                _ => "niet verwerkt door een storing, het bestand staat weer in incoming: " + r.Message,
            };

            // Names and values come from outside: one line each, bounded, so they cannot fake an output line.
            await (r.Status == IngestStatus.NotFound ? problems ?? writer : writer).WriteLineAsync(Line(r, what));
            foreach (var e in r.Errors)
            {
                var where = string.Join(", ", new[] { e.Sheet is null ? null : $"blad {e.Sheet}", e.Row is null ? null : $"rij {e.Row}", e.Column is null ? null : $"kolom {e.Column}" }.OfType<string>());
                await writer.WriteLineAsync("  " + SafeText.OneLine($"{(where.Length == 0 ? "bestand" : where)}: {e.Message}" + (e.Value is null ? "" : $" (gevonden: \"{SafeText.Bound(e.Value)}\")")));
            }

            foreach (var w in r.Warnings)
            {
                await writer.WriteLineAsync($"  waarschuwing: {w}");
            }
        }
    }

    private const string NotFound = "niet gevonden, niets verwerkt";

    private static string Line(IngestResult r, string what) => SafeText.OneLine($"{r.File}: {what}");
}
