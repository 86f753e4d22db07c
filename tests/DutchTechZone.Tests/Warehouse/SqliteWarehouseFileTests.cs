using DutchTechZone.Database;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DutchTechZone.Tests.Warehouse;

/// <summary>
/// The embedded warehouse is one file. Only the migrator makes it; a file deleted under a running pipeline is an error,
/// never a silently re-created empty warehouse that later loads would fill as if nothing had been lost.
/// </summary>
public sealed class SqliteWarehouseFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task AWarehouseFileDeletedAfterMigrationIsNotRecreatedEmpty()
    {
        var file = _temp.Combine("warehouse.db");
        var connectionString = $"Data Source={file};Foreign Keys=True";
        await new WarehouseMigrator(MigrationProvider.Sqlite, connectionString).MigrateAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(file);
        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(WarehouseProvider.Sqlite, connectionString));

        var error = await Assert.ThrowsAsync<SqliteException>(async () =>
        {
            await using var connection = await warehouse.OpenAsync();
        });

        Assert.Equal(14, error.SqliteErrorCode); // SQLITE_CANTOPEN
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task TheMigratorStillMakesANewWarehouseFile()
    {
        var file = _temp.Combine("sub", "warehouse.db");
        var connectionString = $"Data Source={file}";

        await new WarehouseMigrator(MigrationProvider.Sqlite, connectionString).MigrateAsync();

        Assert.True(File.Exists(file));
        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(WarehouseProvider.Sqlite, connectionString));
        await using var connection = await warehouse.OpenAsync();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
