using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.Regional;

/// <summary>Registers the regional-figures use cases; the host registers <see cref="Warehouse"/>, <see cref="TimeProvider"/> and logging.</summary>
public static class RegionalServiceCollectionExtensions
{
    /// <summary>The <c>Regional</c> section as <see cref="RegionalImportOptions"/>, the loader, lineage queries and <see cref="CbsImports"/>.</summary>
    public static IServiceCollection AddRegionalFigures(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(configuration.GetSection("Regional").Get<RegionalImportOptions>() ?? new RegionalImportOptions());
        services.AddSingleton(sp => new RegionalLineageQueries(sp.GetRequiredService<Warehouse>()));
        services.AddSingleton(sp => new RegionalFigureLoader(sp.GetRequiredService<Warehouse>(), sp.GetRequiredService<TimeProvider>()));
        services.AddTransient(sp => new CbsImports(sp.GetRequiredService<Warehouse>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }
}
