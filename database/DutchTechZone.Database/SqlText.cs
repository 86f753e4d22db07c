using System.Collections.Concurrent;
using System.Reflection;

namespace DutchTechZone.Database;

/// <summary>
/// The SQL this application sends, kept as <c>.sql</c> files embedded from <c>Sql/&lt;dialect&gt;/</c>; a statement that
/// reads the same in every dialect lives once in <c>Sql/common/</c>. SQL stays SQL: no string building.
/// </summary>
public static class SqlText
{
    private static readonly Assembly Assembly = typeof(SqlText).Assembly;
    private static readonly string Prefix = Assembly.GetName().Name + ".Sql.";
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    /// <summary>The statement <paramref name="name"/> (e.g. <c>population.merge</c>) for a provider.</summary>
    public static string Get(WarehouseProvider provider, string name)
    {
        var dialect = WarehouseProviderNames.NameOf(provider);
        return Cache.GetOrAdd(dialect + "/" + name, _ =>
            Read($"{Prefix}{dialect}.{name}.sql") ?? Read($"{Prefix}common.{name}.sql")
            ?? throw new InvalidOperationException($"No SQL statement '{name}' for {dialect}."));
    }

    /// <summary>Every statement the application can send to a provider, by name (dialect files win over common ones).</summary>
    public static IReadOnlyDictionary<string, string> All(WarehouseProvider provider)
    {
        var dialect = WarehouseProviderNames.NameOf(provider);
        var names = Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^4])
            .Where(n => n.StartsWith(dialect + ".", StringComparison.Ordinal) || n.StartsWith("common.", StringComparison.Ordinal))
            .Select(n => n[(n.IndexOf('.', StringComparison.Ordinal) + 1)..])
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal);
        return names.ToDictionary(n => n, n => Get(provider, n), StringComparer.Ordinal);
    }

    private static string? Read(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
