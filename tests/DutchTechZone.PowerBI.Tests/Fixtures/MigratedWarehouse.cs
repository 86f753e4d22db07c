using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Migrations;
using DutchTechZone.PowerBI.Tests.Contract;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.PowerBI.Tests.Fixtures;

/// <summary>An empty warehouse migrated with the project's own WarehouseMigrator, on a real SQLite file or PostgreSQL database.</summary>
public sealed class MigratedWarehouse : IAsyncDisposable
{
    private readonly TempDirectory _temp;

    private MigratedWarehouse(IWarehouseProvider provider, TempDirectory temp)
    {
        Provider = provider;
        _temp = temp;
        ConnectionString = provider.CreateEmptyDatabase(temp);
    }

    public IWarehouseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<MigratedWarehouse> CreateAsync(IWarehouseProvider provider)
    {
        var warehouse = new MigratedWarehouse(provider, new TempDirectory());
        await new WarehouseMigrator(provider.MigrationProvider, warehouse.ConnectionString).MigrateAsync();
        return warehouse;
    }

    public async Task<DbConnection> OpenAsync() =>
        await new DutchTechZone.Database.Warehouse(new WarehouseSettings(Provider.Provider, ConnectionString)).OpenAsync();

    public async Task<IReadOnlyList<ViewColumn>> ViewsAsync()
    {
        await using var connection = await OpenAsync();
        return await WarehouseViews.ReadAsync(Provider.Provider, connection);
    }

    /// <summary>Renames one column of a view, the way a careless migration would.</summary>
    public async Task RenameViewColumnAsync(string view, string column, string newName)
    {
        await using var connection = await OpenAsync();
        if (Provider.Provider == WarehouseProvider.PostgreSql)
        {
            await connection.ExecuteAsync($"ALTER VIEW {view} RENAME COLUMN {column} TO {newName}");
            return;
        }

        var sql = await connection.ExecuteScalarAsync<string>("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = @view", new { view })
                  ?? throw new InvalidOperationException($"no view {view}");
        var renamed = Regex.Replace(sql, $@"\bAS\s+{column}\b", $"AS {newName}");
        if (renamed == sql)
        {
            throw new InvalidOperationException($"{view}.{column} is not an aliased column; the test cannot rename it");
        }

        await connection.ExecuteAsync($"DROP VIEW {view}");
        await connection.ExecuteAsync(renamed);
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}
