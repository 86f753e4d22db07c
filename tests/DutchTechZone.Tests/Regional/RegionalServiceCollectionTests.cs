using DutchTechZone.Database;
using DutchTechZone.Etl.Regional;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DutchTechZone.Tests.Regional;

public sealed class RegionalServiceCollectionTests
{
    [Fact]
    public void AddRegionalFiguresBindsTheCatalogueAndResolvesTheUseCases()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Regional:BatchSize"] = "500",
            ["Regional:Catalogue:0:TableId"] = "70072ned",
            ["Regional:Catalogue:0:RegionLevels:0"] = "gemeente",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton(new DutchTechZone.Database.Warehouse(new WarehouseSettings(WarehouseProvider.Sqlite, "Data Source=:memory:")))
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddRegionalFigures(configuration);

        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<RegionalImportOptions>();
        Assert.Equal(500, options.BatchSize);
        Assert.Equal("70072ned", Assert.Single(options.Catalogue).TableId);
        Assert.Equal(["gemeente"], options.Catalogue[0].RegionLevels);
        Assert.NotNull(provider.GetRequiredService<CbsImports>());
    }
}
