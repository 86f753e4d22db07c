using System.Reflection;

namespace DutchTechZone.Migrations;

/// <summary>The migration scripts embedded in this assembly, per dialect, in the order DbUp applies them.</summary>
public static class MigrationScripts
{
    private static readonly Assembly Assembly = typeof(MigrationScripts).Assembly;

    /// <summary>The folder name of a dialect's scripts (<c>sqlite</c>, <c>postgresql</c>, <c>sqlserver</c>).</summary>
    public static string FolderOf(MigrationProvider provider) => provider switch
    {
        MigrationProvider.Sqlite => "sqlite",
        MigrationProvider.PostgreSql => "postgresql",
        MigrationProvider.SqlServer => "sqlserver",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>True when an embedded resource name is a script of the given dialect.</summary>
    public static bool Belongs(string resourceName, MigrationProvider provider) =>
        resourceName.Contains($".Scripts.{FolderOf(provider)}.", StringComparison.Ordinal)
        && resourceName.EndsWith(".sql", StringComparison.Ordinal);

    /// <summary>Script name (<c>0001_dimensions.sql</c>) and text, ordered by name.</summary>
    public static IReadOnlyList<(string Name, string Sql)> For(MigrationProvider provider)
    {
        var prefix = $"{Assembly.GetName().Name}.Scripts.{FolderOf(provider)}.";
        return Assembly.GetManifestResourceNames()
            .Where(n => Belongs(n, provider))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = Assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (n[prefix.Length..], reader.ReadToEnd());
            })
            .ToList();
    }
}
