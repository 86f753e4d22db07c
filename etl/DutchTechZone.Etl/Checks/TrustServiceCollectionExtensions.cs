using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Lineage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DutchTechZone.Etl.Checks;

/// <summary>Registers the trust use cases: data checks + freshness (<see cref="WarehouseChecker"/>) and lineage (<see cref="BudgetExplainer"/>).</summary>
public static class TrustServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="WarehouseChecker"/> and <see cref="BudgetExplainer"/>; expects the Warehouse, TimeProvider and
    /// BudgetCalculator to be registered by the composition root. Freshness thresholds come from section <c>Freshness</c>.
    /// </summary>
    public static IServiceCollection AddTrust(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(configuration.GetSection("Freshness").Get<FreshnessOptions>() ?? new FreshnessOptions());
        services.TryAddTransient<CheckQueries>();
        services.TryAddTransient<CheckLog>();
        services.TryAddTransient<ExplainQueries>();
        services.TryAddTransient<WarehouseChecker>();
        services.TryAddTransient<BudgetExplainer>();
        return services;
    }
}
