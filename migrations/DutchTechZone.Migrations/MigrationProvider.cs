namespace DutchTechZone.Migrations;

/// <summary>The database a warehouse lives in; each has its own folder of scripts under <c>Scripts/</c>.</summary>
public enum MigrationProvider
{
    /// <summary>SQLite, the embedded default (<c>Scripts/sqlite</c>).</summary>
    Sqlite,

    /// <summary>PostgreSQL (<c>Scripts/postgresql</c>).</summary>
    PostgreSql,

    /// <summary>SQL Server / Azure SQL (<c>Scripts/sqlserver</c>).</summary>
    SqlServer,
}
