using DutchTechZone.Database;
using DutchTechZone.Etl;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Host.Composition;

/// <summary>
/// The command line's view of the composition (<see cref="DtzServices.AddDtz"/>): one service provider per command,
/// logging to stderr (stdout is for results). Nothing below the Host knows it.
/// </summary>
public sealed class DtzApp : IDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="extraLogging">Another log destination besides the console (tests capture the logs with it).</param>
    public DtzApp(IConfiguration configuration, TimeProvider? time = null, ILoggerProvider? extraLogging = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var services = new ServiceCollection();
        services.AddDtz(configuration, time);   // first: a configuration error leaves nothing to dispose
        services.AddLogging(b =>
        {
            DtzLogging.Configure(b, configuration);
            if (extraLogging is not null)
            {
                b.AddProvider(extraLogging);
            }
        });
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Configuration = configuration;
    }

    public IServiceProvider Services => _services;

    public IConfiguration Configuration { get; }

    public TimeProvider Time => _services.GetRequiredService<TimeProvider>();

    public PipelineSettings Settings => _services.GetRequiredService<PipelineSettings>();

    public string DataDirectory => Settings.DataDirectory;

    public ILoggerFactory LoggerFactory => _services.GetRequiredService<ILoggerFactory>();

    public WarehouseSettings WarehouseSettings => _services.GetRequiredService<WarehouseSettings>();

    public Warehouse Warehouse => _services.GetRequiredService<Warehouse>();

    public IReadOnlyList<Municipality> Municipalities => Settings.Municipalities;

    public BudgetOptions Budget => _services.GetRequiredService<BudgetOptions>();

    public int DemoYear => Settings.DemoYear;

    public DropFolder DropFolder => _services.GetRequiredService<DropFolder>();

    /// <summary>A registered service (a use case, a query).</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public WarehouseMigrator Migrator() => Get<WarehouseMigrator>();

    /// <summary>The population importer, against live CBS or (offline) the bundled snapshot.</summary>
    public PopulationImporter PopulationImporter(bool offline) => Get<PopulationImporterFactory>().Create(offline);

    /// <summary>The partner-file intake.</summary>
    public DropFolderIngestor Ingestor() => Get<DropFolderIngestor>();

    public BudgetCalculator BudgetCalculator() => Get<BudgetCalculator>();

    public void Dispose() => _services.Dispose();
}
