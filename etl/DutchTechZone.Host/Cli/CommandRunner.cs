using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// Runs a command body with the composed app inside the error boundary (<see cref="ErrorBoundary"/>): every failure
/// becomes one short, classified Dutch message and a documented exit code; the full exception only with --verbose.
/// </summary>
public sealed class CommandRunner(GlobalOptions globals, DtzConsole console, Func<CommandLineOverrides, DtzApp> appFactory)
{
    public DtzConsole Console => console;

    public Task<int> RunAsync(System.CommandLine.ParseResult result, Func<DtzApp, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return GuardAsync(result, async () =>
        {
            var overrides = globals.Read(result);
            using var app = appFactory(overrides);
            StartupChecks.Check(app, overrides);
            return await body(app);
        });
    }

    /// <summary>Runs <c>dtz serve</c> (which composes its own web host) under the same error boundary.</summary>
    public Task<int> RunServeAsync(System.CommandLine.ParseResult result, Func<Task<int>> body) => GuardAsync(result, body);

    /// <summary>Runs a body that needs no app (e.g. <c>templates</c>) inside the same error boundary.</summary>
    public async Task<int> GuardAsync(System.CommandLine.ParseResult result, Func<Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return await body();
        }
        catch (Exception e)
        {
            var failure = ErrorBoundary.Classify(e);
            await console.Error.WriteLineAsync(failure.Message);
            if (result.GetValue(globals.Verbose))
            {
                await console.Error.WriteLineAsync(e.ToString());
            }
            else if (failure.ExitCode == ExitCodes.Bug)
            {
                await console.Error.WriteLineAsync("Draai de opdracht opnieuw met --verbose voor de details en meld deze fout.");
            }

            return failure.ExitCode;
        }
    }

    /// <summary>Migrates the warehouse and says what happened.</summary>
    public async Task MigrateAsync(DtzApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var result = await app.Migrator().MigrateAsync(ct);
        await console.Error.WriteLineAsync(
            $"Warehouse {app.WarehouseSettings}: {result.AppliedScripts.Count} migratiescript(s) uitgevoerd");
    }
}
