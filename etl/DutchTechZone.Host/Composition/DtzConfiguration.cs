using DutchTechZone.Host.Cli;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Host.Composition;

/// <summary>
/// Configuration in order of precedence: command-line options, environment variables (<c>DTZ__Section__Key</c>),
/// then <c>appsettings.json</c> beside the executable. Secrets come only from the environment.
/// </summary>
public static class DtzConfiguration
{
    public static IConfiguration Build(CommandLineOverrides overrides, IDictionary<string, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var fromCommandLine = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (overrides.DataDirectory is { } data)
        {
            fromCommandLine["Data:Directory"] = data;
        }

        if (overrides.Provider is { } provider)
        {
            fromCommandLine["Warehouse:Provider"] = provider;
        }

        if (overrides.ConnectionString is { } connection)
        {
            fromCommandLine["Warehouse:ConnectionString"] = connection;
        }

        if (overrides.Verbose)
        {
            fromCommandLine["Logging:LogLevel:Default"] = "Debug";
        }

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables(prefix: "DTZ__")
            .AddInMemoryCollection(extra ?? new Dictionary<string, string?>())
            .AddInMemoryCollection(fromCommandLine)
            .Build();
    }
}
