using DutchTechZone.Database;
using DutchTechZone.Migrations;

namespace DutchTechZone.Benchmarks;

/// <summary>Which warehouses the population-load benchmarks run against, and how to reach them.</summary>
public static class BenchmarkDatabases
{
    /// <summary>The environment variable holding a PostgreSQL connection string (e.g. <c>Host=127.0.0.1;Port=5441;Username=postgres;Database=dtz_bench</c>).</summary>
    public const string PostgreSqlVariable = "DTZ_BENCH_POSTGRES";

    /// <summary>The PostgreSQL connection string, or null when the PostgreSQL cases are to be skipped.</summary>
    public static string? PostgreSqlConnectionString =>
        Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>SQLite always; PostgreSQL only when <see cref="PostgreSqlVariable"/> is set.</summary>
    public static IEnumerable<WarehouseProvider> Available()
    {
        yield return WarehouseProvider.Sqlite;
        if (PostgreSqlConnectionString is not null) yield return WarehouseProvider.PostgreSql;
    }

    /// <summary>The migrator's name for a warehouse provider.</summary>
    public static MigrationProvider ToMigrationProvider(WarehouseProvider provider) => provider switch
    {
        WarehouseProvider.Sqlite => MigrationProvider.Sqlite,
        WarehouseProvider.PostgreSql => MigrationProvider.PostgreSql,
        _ => throw new NotSupportedException($"No benchmark database for {provider}."),
    };
}
