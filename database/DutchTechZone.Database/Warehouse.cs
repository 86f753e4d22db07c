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
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>The named statement in this provider's dialect.</summary>
    public string Sql(string name) => SqlText.Get(Provider, name);
}
