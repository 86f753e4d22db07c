using DutchTechZone.Database;
using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;

namespace DutchTechZone.Tests.Host;

public sealed class DtzConfigurationTests
{
    [Fact]
    public void APasswordFromTheEnvironmentIsAddedToTheConnectionStringButNeverShown()
    {
        var configuration = DtzConfiguration.Build(
            new CommandLineOverrides(null, "postgresql", "Host=127.0.0.1;Database=dtz;Username=dtz", false),
            new Dictionary<string, string?> { ["Warehouse:Password"] = "geheim-uit-env" });

        using var app = new DtzApp(configuration);

        Assert.Equal(WarehouseProvider.PostgreSql, app.WarehouseSettings.Provider);
        Assert.Contains("geheim-uit-env", app.WarehouseSettings.ConnectionString, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim-uit-env", app.WarehouseSettings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CommandLineOptionsOverrideConfiguration()
    {
        var configuration = DtzConfiguration.Build(
            new CommandLineOverrides("/tmp/dtz-elders", "sqlite", null, false),
            new Dictionary<string, string?> { ["Data:Directory"] = "/tmp/uit-config", ["Warehouse:Provider"] = "postgresql" });

        using var app = new DtzApp(configuration);

        Assert.Equal("/tmp/dtz-elders", app.DataDirectory);
        Assert.Equal(WarehouseProvider.Sqlite, app.WarehouseSettings.Provider);
        Assert.Contains("/tmp/dtz-elders/warehouse.db", app.WarehouseSettings.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void AServerDatabaseWithoutAConnectionStringIsAConfigurationError()
    {
        var configuration = DtzConfiguration.Build(new CommandLineOverrides(null, "sqlserver", null, false));

        var e = Assert.Throws<DtzConfigurationException>(() => new DtzApp(configuration));

        Assert.Contains("DTZ__Warehouse__ConnectionString", e.Message, StringComparison.Ordinal);
    }
}
