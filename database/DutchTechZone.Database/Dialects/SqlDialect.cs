using System.Data.Common;
using DutchTechZone.Database.Bulk;

namespace DutchTechZone.Database.Dialects;

/// <summary>
/// The seam between the warehouse code and one database: how to connect, how staging tables are named, and
/// each database's bulk path into staging. Everything else a dialect needs is SQL text (<see cref="SqlText"/>).
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The provider this dialect speaks for.</summary>
    public abstract WarehouseProvider Provider { get; }

    /// <summary>A new, closed connection.</summary>
    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>The name under which a session-local staging table is addressed (SQL Server prefixes <c>#</c>).</summary>
    public virtual string StagingTable(string name) => name;

    /// <summary>Writes the batch into its (already created) staging table inside the transaction, by the database's bulk path.</summary>
    public abstract Task BulkInsertAsync(DbConnection connection, DbTransaction transaction, StagingBatch batch, CancellationToken ct);

    /// <summary>
    /// Takes a lock named <paramref name="resource"/> for the rest of the transaction, so that loads that replace rows
    /// (delete, then insert) never interleave. SQLite needs none: its write transaction already excludes other writers.
    /// </summary>
    public Task LockForTransactionAsync(DbConnection connection, DbTransaction transaction, string resource, CancellationToken ct) =>
        LockForTransactionAsync(connection, transaction, resource, TimeSpan.FromMinutes(5), ct);

    /// <summary>
    /// As above, waiting at most <paramref name="timeout"/> for another holder of the lock.
    /// </summary>
    /// <exception cref="WarehouseBusyException">The lock was not free within <paramref name="timeout"/>.</exception>
    public virtual Task LockForTransactionAsync(DbConnection connection, DbTransaction transaction, string resource, TimeSpan timeout, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Bounds how long statements of <paramref name="connection"/> wait for a lock another connection holds. Only SQLite
    /// needs it: there the lock is the database's write lock, waited for by the driver for the command timeout; the
    /// server databases wait for a named lock explicitly (<see cref="LockForTransactionAsync(DbConnection, DbTransaction, string, TimeSpan, CancellationToken)"/>).
    /// </summary>
    public virtual void BoundLockWait(DbConnection connection, TimeSpan wait)
    {
    }

    /// <summary>The dialect of a provider.</summary>
    public static SqlDialect For(WarehouseProvider provider) => provider switch
    {
        WarehouseProvider.Sqlite => new SqliteDialect(),
        WarehouseProvider.PostgreSql => new PostgreSqlDialect(),
        WarehouseProvider.SqlServer => new SqlServerDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}
