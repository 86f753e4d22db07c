using DutchTechZone.Database;
using DutchTechZone.Migrations;

namespace DutchTechZone.Tests.Infrastructure;

/// <summary>One real database the warehouse suite runs against: each test gets an empty one.</summary>
public interface IWarehouseProvider
{
    WarehouseProvider Provider { get; }

    MigrationProvider MigrationProvider { get; }

    /// <summary>The provider name as <c>--provider</c> takes it.</summary>
    string Name { get; }

    /// <summary>A connection string to a new, empty database.</summary>
    string CreateEmptyDatabase(TempDirectory temp);
}

public sealed class SqliteProvider : IWarehouseProvider
{
    public WarehouseProvider Provider => WarehouseProvider.Sqlite;

    public MigrationProvider MigrationProvider => MigrationProvider.Sqlite;

    public string Name => "sqlite";

    public string CreateEmptyDatabase(TempDirectory temp) =>
        $"Data Source={temp.Combine("warehouse.db")};Foreign Keys=True;Default Timeout=60";
}

public sealed class PostgreSqlProvider : IWarehouseProvider
{
    public WarehouseProvider Provider => WarehouseProvider.PostgreSql;

    public MigrationProvider MigrationProvider => MigrationProvider.PostgreSql;

    public string Name => "postgresql";

    public string CreateEmptyDatabase(TempDirectory temp) => PostgreSqlServer.CreateDatabase();
}
