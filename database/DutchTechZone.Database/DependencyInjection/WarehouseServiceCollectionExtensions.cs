using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace DutchTechZone.Database.DependencyInjection;

/// <summary>Registers the warehouse, its loaders and its read queries (all stateless: one instance each).</summary>
public static class WarehouseServiceCollectionExtensions
{
    public static IServiceCollection AddWarehouse(this IServiceCollection services, WarehouseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddSingleton<Warehouse>();
        services.AddSingleton<ImportLog>();
        services.AddSingleton<RejectionLog>();
        services.AddSingleton<PartnerFileLoader>();
        services.AddSingleton<PopulationLoader>();
        services.AddSingleton<ContributionWriter>();
        services.AddSingleton<BudgetQueries>();
        services.AddSingleton<LineageQueries>();
        services.AddSingleton<PopulationQueries>();
        services.AddSingleton<StatusQueries>();
        return services;
    }
}
