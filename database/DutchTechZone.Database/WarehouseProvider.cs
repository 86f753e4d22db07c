namespace DutchTechZone.Database;

/// <summary>The database that holds the warehouse.</summary>
public enum WarehouseProvider
{
    /// <summary>SQLite: the embedded default, a file under the data folder.</summary>
    Sqlite,

    /// <summary>PostgreSQL (Npgsql).</summary>
    PostgreSql,

    /// <summary>SQL Server / Azure SQL (Microsoft.Data.SqlClient).</summary>
    SqlServer,
}

/// <summary>Parsing of provider names as users type them (<c>sqlite</c>, <c>postgresql</c>, <c>sqlserver</c>).</summary>
public static class WarehouseProviderNames
{
    /// <summary>The name used in options, configuration and the SQL resource folders.</summary>
    public static string NameOf(WarehouseProvider provider) => provider switch
    {
        WarehouseProvider.Sqlite => "sqlite",
        WarehouseProvider.PostgreSql => "postgresql",
        WarehouseProvider.SqlServer => "sqlserver",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>Reads a provider name; accepts a few common spellings (postgres, pgsql, mssql, azuresql).</summary>
    public static bool TryParse(string? text, out WarehouseProvider provider)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "SQLITE":
                provider = WarehouseProvider.Sqlite;
                return true;
            case "POSTGRESQL" or "POSTGRES" or "PGSQL" or "NPGSQL":
                provider = WarehouseProvider.PostgreSql;
                return true;
            case "SQLSERVER" or "MSSQL" or "AZURESQL":
                provider = WarehouseProvider.SqlServer;
                return true;
            default:
                provider = default;
                return false;
        }
    }
}
