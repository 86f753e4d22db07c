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
    /// True when a fact table's first load (none of its facts there yet) is fastest written straight into the fact
    /// table by one prepared statement per row (<see cref="InsertRowsAsync"/>) instead of staged and merged. SQLite: yes
    /// (its bulk path is prepared inserts anyway, so staging only writes every row twice). PostgreSQL and SQL Server:
    /// no (binary COPY / SqlBulkCopy into staging and one set-based statement is their fast path).
    /// </summary>
    public virtual bool InsertsFirstLoadsDirectly => false;

    /// <summary>
    /// Executes <paramref name="statement"/> once per row inside the transaction, prepared once: row values bind to
    /// <c>@column</c> parameters in <paramref name="columns"/> order, <paramref name="constants"/> to <c>@name</c>.
    /// Returns the rows the executions changed. Only dialects with <see cref="InsertsFirstLoadsDirectly"/> support it.
    /// </summary>
    public virtual Task<long> InsertRowsAsync(DbConnection connection, DbTransaction transaction, string statement, IReadOnlyList<StagingColumn> columns,
        IEnumerable<object?[]> rows, IReadOnlyDictionary<string, object> constants, CancellationToken ct) =>
        throw new NotSupportedException($"{Provider} loads through staging; it has no per-row insert path.");

    /// <summary>
    /// Drops the secondary indexes (and, where checking them row by row is the database's main cost, the foreign keys)
    /// of <paramref name="table"/> inside the transaction, for a bulk load into an empty table, and returns what creates
    /// them again from their own definitions, checked set-based (run it before the transaction commits; a rollback
    /// restores them anyway). Null when the database keeps them (the default).
    /// </summary>
    public virtual Task<Func<CancellationToken, Task>?> DropSecondaryIndexesAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken ct) =>
        Task.FromResult<Func<CancellationToken, Task>?>(null);

    /// <summary>
    /// Tunes an open connection for one large load and returns what undoes it (dispose before the connection goes back
    /// to the pool), or null when the database needs nothing. SQLite: a page cache large enough that the fact table's
    /// indexes are not re-read from disk for every batch (bounded, so memory does not grow with the table).
    /// </summary>
    public virtual Task<IAsyncDisposable?> TuneForBulkLoadAsync(DbConnection connection, CancellationToken ct) => Task.FromResult<IAsyncDisposable?>(null);

    /// <summary>
    /// Switches per-row foreign-key checks off for an open connection, before its load transaction begins, and returns
    /// what switches them on again (dispose after the transaction ended, before the connection goes back to the pool); null
    /// when the database keeps checking per row (the default). The load must then check each distinct key once itself
    /// before it commits (<c>figures.key_counts</c>). SQLite: a foreign-key look-up per row and key is a fifth of a
    /// national table's insert time, and the setting cannot change inside a transaction.
    /// </summary>
    public virtual Task<IAsyncDisposable?> SuspendForeignKeyChecksAsync(DbConnection connection, CancellationToken ct) => Task.FromResult<IAsyncDisposable?>(null);

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
