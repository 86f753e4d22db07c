using System.Data.Common;
using DutchTechZone.Database.Dialects;
using DutchTechZone.Database.TypeHandlers;

namespace DutchTechZone.Database;

/// <summary>The warehouse: opens connections for its provider and hands out its dialect's SQL.</summary>
public sealed class Warehouse
{
    public Warehouse(WarehouseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        Dialect = SqlDialect.For(settings.Provider);
        DapperTypeHandlers.Register();
    }

    /// <summary>Provider and connection string.</summary>
    public WarehouseSettings Settings { get; }

    /// <summary>The dialect seam for this provider.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>The provider.</summary>
    public WarehouseProvider Provider => Settings.Provider;

    /// <summary>An open connection.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = Dialect.CreateConnection(Settings.ConnectionString);
        if (Settings.LockWait is { } wait)
        {
            Dialect.BoundLockWait(connection, wait);
        }

        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>
    /// The same warehouse, whose connections wait at most <paramref name="wait"/> for another writer's lock (SQLite's
    /// write lock is the whole database's: without this, its wait is the connection string's <c>Default Timeout</c>).
    /// </summary>
    public Warehouse WithLockWait(TimeSpan wait) => new(Settings with { LockWait = wait });

    /// <summary>The named statement in this provider's dialect.</summary>
    public string Sql(string name) => SqlText.Get(Provider, name);
}
