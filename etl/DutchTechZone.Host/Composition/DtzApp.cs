using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Host.Output;
using DutchTechZone.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Host.Composition;

/// <summary>The composition root of <c>dtz</c>: settings read once, objects built on demand. Nothing below the Host knows it.</summary>
public sealed class DtzApp : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    /// <param name="extraLogging">Another log destination besides the console (tests capture the logs with it).</param>
    public DtzApp(IConfiguration configuration, TimeProvider? time = null, ILoggerProvider? extraLogging = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Configuration = configuration;
        Time = time ?? TimeProvider.System;
        DataDirectory = Path.GetFullPath(configuration["Data:Directory"] is { Length: > 0 } d ? d : "data");
        WarehouseSettings = ReadWarehouse(configuration, DataDirectory);   // first: a configuration error leaves nothing to dispose
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddConsole(o =>
            {
                o.LogToStandardErrorThreshold = LogLevel.Trace;   // stdout is for results (--json)
                o.FormatterName = BoundedConsoleFormatter.FormatterName;
            })
            .AddConsoleFormatter<BoundedConsoleFormatter, BoundedConsoleFormatterOptions>(o =>
            {
                o.TimestampFormat = "HH:mm:ss ";
                o.Verbose = string.Equals(configuration["Logging:LogLevel:Default"], "Debug", StringComparison.OrdinalIgnoreCase);
            })
            .AddFilter("Microsoft", LogLevel.Warning));
        if (extraLogging is not null)
        {
            LoggerFactory.AddProvider(extraLogging);
        }

        _owned.Add(LoggerFactory);
        Warehouse = new Warehouse(WarehouseSettings);
        Municipalities = configuration.GetSection("Population:Municipalities").Get<List<Municipality>>() is { Count: > 0 } list
            ? list
            : PartnerMunicipalities.Default;
        Budget = configuration.GetSection("Budget").Get<BudgetOptions>() ?? new BudgetOptions();
        DemoYear = configuration.GetValue<int?>("Budget:DemoYear") ?? 2026;
    }

    public IConfiguration Configuration { get; }

    public TimeProvider Time { get; }

    public string DataDirectory { get; }

    public ILoggerFactory LoggerFactory { get; }

    public WarehouseSettings WarehouseSettings { get; }

    public Warehouse Warehouse { get; }

    public IReadOnlyList<Municipality> Municipalities { get; }

    public BudgetOptions Budget { get; }

    public int DemoYear { get; }

    public WarehouseMigrator Migrator() => new(
        WarehouseSettings.Provider switch
        {
            WarehouseProvider.PostgreSql => MigrationProvider.PostgreSql,
            WarehouseProvider.SqlServer => MigrationProvider.SqlServer,
            _ => MigrationProvider.Sqlite,
        },
        WarehouseSettings.ConnectionString,
        LoggerFactory.CreateLogger<WarehouseMigrator>(),
        Time);

    /// <summary>The population importer, against live CBS or (offline) the bundled snapshot.</summary>
    public PopulationImporter PopulationImporter(bool offline)
    {
        var options = Configuration.GetSection("Cbs").Get<CbsOptions>() ?? new CbsOptions();
        HttpClient http;
        if (offline)
        {
            options.BaseAddress = CbsSnapshotHandler.BaseAddress;
            http = new HttpClient(new CbsSnapshotHandler());
        }
        else
        {
            http = new HttpClient(new SocketsHttpHandler
            {
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            { Timeout = Timeout.InfiniteTimeSpan };
        }

        _owned.Add(http);
        var client = new CbsFeedClient(http, options, Time, LoggerFactory.CreateLogger<CbsFeedClient>());
        var importOptions = new PopulationImportOptions
        {
            Municipalities = Municipalities,
            FromYear = Configuration.GetValue<int?>("Population:FromYear"),
            MaxResumes = options.MaxResumes,
            ResumeDelay = options.ResumeDelay,
        };
        return new PopulationImporter(
            client,
            offline ? CbsOrigin.BundledSample : CbsOrigin.Live,
            new ImportLog(Warehouse, Time),
            new LineageQueries(Warehouse),
            new PopulationLoader(Warehouse, Time),
            importOptions,
            Time,
            LoggerFactory.CreateLogger<PopulationImporter>());
    }

    /// <summary>The drop folder: <c>Intake:DropFolder</c>, default <c>&lt;data&gt;/drop</c>.</summary>
    public DropFolder DropFolder => new(Configuration["Intake:DropFolder"] is { Length: > 0 } d ? d : Path.Combine(DataDirectory, "drop"));

    /// <summary>The partner-file intake.</summary>
    public DropFolderIngestor Ingestor() => new(
        DropFolder,
        new StableFileFilter(Time, Configuration.GetValue<TimeSpan?>("Intake:StableAfter") ?? TimeSpan.FromSeconds(2), Configuration.GetValue<TimeSpan?>("Intake:Settle")),
        new SpreadsheetReader(Municipalities),
        new ImportLog(Warehouse, Time),
        new RejectionLog(Warehouse, Time),
        new PartnerFileLoader(Warehouse, Time, Configuration.GetValue<TimeSpan?>("Intake:LockTimeout")),
        Time,
        LoggerFactory.CreateLogger<DropFolderIngestor>());

    public BudgetCalculator BudgetCalculator() =>
        new(new PopulationQueries(Warehouse), new BudgetQueries(Warehouse), new ContributionWriter(Warehouse, Time), Budget, Municipalities);

    public void Dispose()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }

    private static WarehouseSettings ReadWarehouse(IConfiguration configuration, string dataDirectory)
    {
        var name = configuration["Warehouse:Provider"];
        if (string.IsNullOrWhiteSpace(name))
        {
            name = "sqlite";
        }

        if (!WarehouseProviderNames.TryParse(name, out var provider))
        {
            throw new DtzConfigurationException($"Unknown warehouse provider '{name}': use sqlite, postgresql or sqlserver.");
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
}
