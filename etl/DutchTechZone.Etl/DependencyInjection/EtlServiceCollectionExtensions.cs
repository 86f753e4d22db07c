using System.Net;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Etl.UseCases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.DependencyInjection;

/// <summary>The pipeline's registrations, shared by the command line and <c>dtz serve</c>.</summary>
public static class EtlServiceCollectionExtensions
{
    /// <summary>The CBS client settings (<c>Cbs:</c>, validated) and its two HTTP clients: live CBS and the bundled snapshot.</summary>
    public static IServiceCollection AddCbs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CbsOptions>()
            .Bind(configuration.GetSection("Cbs"))
            .Validate(o => o.MaxRetries >= 0, "Cbs:MaxRetries mag niet negatief zijn.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, "Cbs:RequestTimeout moet groter dan nul zijn.")
            .Validate(o => o.BaseAddress.IsAbsoluteUri, "Cbs:BaseAddress moet een volledig adres zijn.")
            .ValidateOnStart();
        services.AddHttpClient(PopulationImporterFactory.LiveClient, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.AddHttpClient(PopulationImporterFactory.SnapshotClient, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new CbsSnapshotHandler());
        services.AddSingleton<PopulationImporterFactory>();
        services.AddTransient<ImportCbsTables>();
        return services;
    }

    /// <summary>The drop folder and the partner-file intake.</summary>
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddSingleton(sp => new DropFolder(sp.GetRequiredService<PipelineSettings>().DropFolderRoot));
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<PipelineSettings>();
            return new StableFileFilter(sp.GetRequiredService<TimeProvider>(), settings.StableAfter, settings.Settle);
        });
        services.AddSingleton(sp => new SpreadsheetReader(sp.GetRequiredService<PipelineSettings>().Municipalities));
        // The intake's own writes (the import row, a rejection) wait for another load no longer than the load itself:
        // on SQLite every writer waits for the one write lock, so they share the loader's bound (Intake:LockTimeout).
        services.AddTransient(sp =>
        {
            var loader = sp.GetRequiredService<PartnerFileLoader>();
            var time = sp.GetRequiredService<TimeProvider>();
            return new DropFolderIngestor(sp.GetRequiredService<DropFolder>(), sp.GetRequiredService<StableFileFilter>(), sp.GetRequiredService<SpreadsheetReader>(),
                new ImportLog(loader.Warehouse, time), new RejectionLog(loader.Warehouse, time), loader, time, sp.GetRequiredService<ILogger<DropFolderIngestor>>());
        });
        services.AddTransient<IngestDeliveries>();
        return services;
    }

    /// <summary>The budget rules (<c>Budget:</c>) and the calculator.</summary>
    public static IServiceCollection AddBudget(this IServiceCollection services, BudgetOptions options)
    {
        services.AddSingleton(options);
        services.AddTransient(sp => new BudgetCalculator(
            sp.GetRequiredService<DutchTechZone.Database.Queries.PopulationQueries>(),
            sp.GetRequiredService<DutchTechZone.Database.Queries.BudgetQueries>(),
            sp.GetRequiredService<DutchTechZone.Database.Loaders.ContributionWriter>(),
            options,
            sp.GetRequiredService<PipelineSettings>().Municipalities));
        services.AddTransient<RecomputeBudgets>();
        services.AddTransient<RunPipeline>();
        return services;
    }
}
