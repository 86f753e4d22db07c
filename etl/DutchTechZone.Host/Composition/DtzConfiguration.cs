using DutchTechZone.Host.Cli;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Host.Composition;

/// <summary>
/// Configuration in order of precedence: command-line options, environment variables (<c>DTZ__Section__Key</c>),
/// the programme file (<c>--programme FILE</c> / <c>DTZ__Programme__File</c>), then <c>appsettings.json</c> beside the
/// executable. Secrets come only from the environment.
/// <para>
/// Lists are not merged element by element (.NET's default, which kept default municipalities 3 and 4 under three
/// from the environment): the highest source that sets a list (<see cref="Lists"/>) sets all of it. A programme file
/// replaces the built-in defaults of every section it has (partners, rates, catalogue) entirely.
/// </para>
/// </summary>
public static class DtzConfiguration
{
    /// <summary>Configuration lists (and per-year maps) that one source sets as a whole.</summary>
    public static IReadOnlyList<string> Lists { get; } = ["Population:Municipalities", "Regional:Catalogue", "Regional:Membership", "Budget:Years"];

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

        var programme = overrides.Programme
            ?? (extra is not null && extra.TryGetValue("Programme:File", out var p) ? p : null)
            ?? Environment.GetEnvironmentVariable("DTZ__Programme__File");
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        if (!string.IsNullOrWhiteSpace(programme))
        {
            var path = Path.GetFullPath(programme);
            if (!File.Exists(path))
            {
                throw new DtzConfigurationException($"Programmabestand '{path}' bestaat niet (--programme / DTZ__Programme__File).");
            }

            builder.AddJsonFile(path, optional: false);
        }

        var root = builder
            .AddEnvironmentVariables(prefix: "DTZ__")
            .AddInMemoryCollection(extra ?? new Dictionary<string, string?>())
            .AddInMemoryCollection(fromCommandLine)
            .Build();
        return WithWholeLists(root, programmeProvider: string.IsNullOrWhiteSpace(programme) ? null : root.Providers.ElementAt(1));
    }

    // Every key, with each list taken from the highest source that has it, and a programme file's sections replacing
    // appsettings.json's (the first provider) entirely.
    private static IConfiguration WithWholeLists(IConfigurationRoot root, IConfigurationProvider? programmeProvider)
    {
        var providers = root.Providers.ToList();
        var replaced = new List<string>();
        if (programmeProvider is not null)
        {
            replaced.AddRange(programmeProvider.GetChildKeys([], null).Distinct(StringComparer.OrdinalIgnoreCase));
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < providers.Count; i++)
        {
            foreach (var (key, value) in Flatten(providers[i], null))
            {
                if (i == 0 && replaced.Any(s => Under(key, s)))
                {
                    continue;   // a section the programme file has: the built-in default is replaced, not merged
                }

                values[key] = value;
            }
        }

        foreach (var list in Lists)
        {
            var owner = providers.LastOrDefault(p => Flatten(p, null).Any(kv => Under(kv.Key, list) && !string.Equals(kv.Key, list, StringComparison.OrdinalIgnoreCase)));
            if (owner == providers[0] && replaced.Any(s => Under(list, s)))
            {
                continue;   // only the built-in default has it, in a section the programme file replaced: it stays out
            }

            if (owner is null)
            {
                continue;
            }

            foreach (var key in values.Keys.Where(k => Under(k, list)).ToList())
            {
                values.Remove(key);
            }

            foreach (var (key, value) in Flatten(owner, null).Where(kv => Under(kv.Key, list)))
            {
                values[key] = value;
            }
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private static bool Under(string key, string section) =>
        key.Equals(section, StringComparison.OrdinalIgnoreCase) || key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<KeyValuePair<string, string?>> Flatten(IConfigurationProvider provider, string? path)
    {
        foreach (var child in provider.GetChildKeys([], path).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var key = path is null ? child : path + ":" + child;
            if (provider.TryGet(key, out var value))
            {
                yield return new(key, value);
            }

            foreach (var nested in Flatten(provider, key))
            {
                yield return nested;
            }
        }
    }
}
