using System.Data.Common;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;
using DutchTechZone.Migrations;

namespace DutchTechZone.Host.Cli;

/// <summary>Runs a command body with the composed app, turning known failures into clear messages and exit codes.</summary>
public sealed class CommandRunner(GlobalOptions globals, DtzConsole console, Func<CommandLineOverrides, DtzApp> appFactory)
{
    public DtzConsole Console => console;

    public Task<int> RunAsync(System.CommandLine.ParseResult result, Func<DtzApp, Task<int>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return GuardAsync(async () =>
        {
            using var app = appFactory(globals.Read(result));
            return await body(app);
        });
    }

    /// <summary>Runs <c>dtz serve</c> (which composes its own web host) under the same error handling.</summary>
    public Task<int> RunServeAsync(Func<Task<int>> body) => GuardAsync(body);

    private async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (BudgetUnavailableException e)
        {
            await console.Error.WriteLineAsync(e.Message);
            return ExitCodes.NoFigures;
        }
        catch (Exception e) when (e is DtzConfigurationException or BudgetConfigurationException)
        {
            await console.Error.WriteLineAsync("Configuratiefout: " + e.Message);
            return ExitCodes.Failure;
        }
        catch (MigrationFailedException e)
        {
            await console.Error.WriteLineAsync("Migratie mislukt: " + e.Message);
            return ExitCodes.Failure;
        }
        catch (DbException e)
        {
            await console.Error.WriteLineAsync("Databasefout: " + e.Message);
            return ExitCodes.Failure;
        }
        catch (IOException e)
        {
            await console.Error.WriteLineAsync("Bestandsfout: " + e.Message);
            return ExitCodes.Failure;
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
