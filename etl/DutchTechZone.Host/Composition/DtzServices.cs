using DutchTechZone.Database;
using DutchTechZone.Database.DependencyInjection;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Etl;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.DependencyInjection;
using DutchTechZone.Etl.Hygiene;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Migrations;
using DutchTechZone.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Host.Composition;

/// <summary>
/// The one composition of <c>dtz</c>: the command line (<see cref="DtzApp"/>) and the web host (<c>dtz serve</c>) both
/// register the pipeline through <see cref="AddDtz"/>. Settings are read and checked here, once; a wrong setting is a
/// <see cref="DtzConfigurationException"/> that names it.
/// </summary>
public static class DtzServices
{
    public static IServiceCollection AddDtz(this IServiceCollection services, IConfiguration configuration, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = ReadPipeline(configuration);
        var warehouse = ReadWarehouse(configuration, settings.DataDirectory);
        var budget = ReadBudget(configuration);
        services.AddSingleton(configuration);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(settings);
        services.AddWarehouse(warehouse);
        var lockTimeout = Read(() => configuration.GetValue<TimeSpan?>("Intake:LockTimeout"), "Intake:LockTimeout");
        if (lockTimeout is { } wait && (wait <= TimeSpan.Zero || wait > TimeSpan.FromHours(1)))
        {
            throw new DtzConfigurationException($"Intake:LockTimeout {wait} moet langer dan 0 en hoogstens een uur zijn (bijvoorbeeld 00:00:30).");
        }

        services.AddSingleton(sp => new PartnerFileLoader(sp.GetRequiredService<Warehouse>(), sp.GetRequiredService<TimeProvider>(), lockTimeout));
        services.AddSingleton(sp => new WarehouseMigrator(
            warehouse.Provider switch
            {
                WarehouseProvider.PostgreSql => MigrationProvider.PostgreSql,
                WarehouseProvider.SqlServer => MigrationProvider.SqlServer,
                _ => MigrationProvider.Sqlite,
            },
            warehouse.ConnectionString,
            sp.GetRequiredService<ILogger<WarehouseMigrator>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddCbs(configuration);
        services.AddIntake();
        services.AddBudget(budget);
        services.AddReports(configuration);
        return services;
    }

    /// <summary>The settings the pipeline steps share.</summary>
    public static PipelineSettings ReadPipeline(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var data = Path.GetFullPath(configuration["Data:Directory"] is { Length: > 0 } d ? d : "data");
        var municipalities = Read(() => configuration.GetSection("Population:Municipalities").Get<List<Municipality>>(), "Population:Municipalities");
        return new PipelineSettings(
            data,
            configuration["Intake:DropFolder"] is { Length: > 0 } drop ? Path.GetFullPath(drop) : Path.Combine(data, "drop"),
            municipalities is { Count: > 0 } ? municipalities : PartnerMunicipalities.Default,
            Read(() => configuration.GetValue<int?>("Population:FromYear"), "Population:FromYear"),
            Read(() => configuration.GetValue<int?>("Budget:DemoYear"), "Budget:DemoYear") ?? 2026,
            Read(() => configuration.GetValue<TimeSpan?>("Intake:StableAfter"), "Intake:StableAfter") ?? TimeSpan.FromSeconds(2),
            Read(() => configuration.GetValue<TimeSpan?>("Intake:Settle"), "Intake:Settle"));
    }

    /// <summary>The budget rules per year.</summary>
    public static BudgetOptions ReadBudget(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        BudgetSettingsCheck.Check(configuration);
        return Read(() => configuration.GetSection("Budget").Get<BudgetOptions>(), "Budget") ?? new BudgetOptions();
    }

    /// <summary>The warehouse provider and connection string (with the password from the environment added).</summary>
    public static WarehouseSettings ReadWarehouse(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var name = configuration["Warehouse:Provider"];
        if (string.IsNullOrWhiteSpace(name))
        {
            name = "sqlite";
        }

        if (!WarehouseProviderNames.TryParse(name, out var provider))
        {
            throw new DtzConfigurationException($"Onbekende warehouse-provider '{SafeText.Bound(SafeText.OneLine(name), 40)}' (--provider / Warehouse:Provider): kies sqlite, postgresql of sqlserver.");
        }

        var connection = configuration["Warehouse:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider != WarehouseProvider.Sqlite)
            {
                throw new DtzConfigurationException(
                    $"The {WarehouseProviderNames.NameOf(provider)} warehouse needs a connection string: --connection \"...\" or DTZ__Warehouse__ConnectionString.");
            }

            connection = $"Data Source={Path.Combine(dataDirectory, "warehouse.db")};Foreign Keys=True;Default Timeout=60";
        }

        // The password may come on its own from the environment (DTZ__Warehouse__Password), so that the connection
        // string itself, which appears on command lines and in configuration files, needs none.
        if (configuration["Warehouse:Password"] is { Length: > 0 } password && provider != WarehouseProvider.Sqlite)
        {
            var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
            builder["Password"] = password;
            connection = builder.ConnectionString;
        }

        return new WarehouseSettings(provider, connection);
    }

    private static T Read<T>(Func<T> read, string setting)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException e)
        {
            throw new DtzConfigurationException(ConfigurationBindingError.TryDescribe(e, out var dutch) ? dutch : $"De instelling {setting} heeft een ongeldige waarde.");
        }
    }
}
