using System.CommandLine;

namespace DutchTechZone.Host.Cli;

/// <summary><c>dtz migrate</c>: brings the warehouse to the current schema.</summary>
public static class MigrateCommand
{
    public static Command Create(CommandRunner runner)
    {
        var command = new Command("migrate", "Brengt het warehouse naar het actuele schema (DbUp).");
        command.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            var applied = await app.Migrator().MigrateAsync(ct);
            await runner.Console.Out.WriteLineAsync($"{applied.AppliedScripts.Count} migratiescript(s) uitgevoerd op {app.WarehouseSettings}");
            foreach (var script in applied.AppliedScripts)
            {
                await runner.Console.Out.WriteLineAsync("  " + script);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
