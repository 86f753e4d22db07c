using System.Data.Common;
using System.Globalization;
using DutchTechZone.Database.Bulk;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace DutchTechZone.Database.Dialects;

/// <summary>SQLite: staging is filled by one prepared INSERT, re-executed per row inside the load's transaction.</summary>
public sealed class SqliteDialect : SqlDialect
{
    /// <summary>The page cache of a connection during a bulk load, in KiB (SQLite's default is 2,000 KiB).</summary>
    public const int BulkLoadCacheKiB = 64 * 1024;

    public override WarehouseProvider Provider => WarehouseProvider.Sqlite;

    /// <summary>
    /// A connection to an existing warehouse file: only the migrator creates the file (with its own connection), so a
    /// file deleted under a running pipeline fails to open (SQLITE_CANTOPEN) instead of coming back empty.
    /// </summary>
    public override DbConnection CreateConnection(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate && !IsInMemory(builder.DataSource))
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return new SqliteConnection(builder.ConnectionString);
    }

    private static bool IsInMemory(string dataSource) =>
        dataSource.Length == 0 || dataSource == ":memory:" || dataSource.Contains("mode=memory", StringComparison.OrdinalIgnoreCase);

    // Microsoft.Data.Sqlite retries a busy statement (and BEGIN IMMEDIATE) until the command timeout, in whole
    // seconds; 0 would mean "for ever", so the bound is at least 1 s.
    public override void BoundLockWait(DbConnection connection, TimeSpan wait) =>
        ((SqliteConnection)connection).DefaultTimeout = (int)Math.Clamp(Math.Ceiling(wait.TotalSeconds), 1, int.MaxValue);

    public override async Task BulkInsertAsync(DbConnection connection, DbTransaction transaction, StagingBatch batch, CancellationToken ct)
    {
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        var names = string.Join(", ", batch.Columns.Select(c => c.Name));
        var placeholders = string.Join(", ", batch.Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)));
        command.CommandText = $"INSERT INTO {batch.Table} ({names}) VALUES ({placeholders})";
        var parameters = batch.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
        command.Prepare();
        foreach (var row in batch.Rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = ToSqlite(row[i]);
            }

            ct.ThrowIfCancellationRequested();
            command.ExecuteNonQuery();   // Microsoft.Data.Sqlite runs async commands synchronously: skip the Task per row
        }
    }

    public override bool InsertsFirstLoadsDirectly => true;

    public override Task<long> InsertRowsAsync(DbConnection connection, DbTransaction transaction, string statement, IReadOnlyList<StagingColumn> columns,
        IEnumerable<object?[]> rows, IReadOnlyDictionary<string, object> constants, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(constants);
        if (((SqliteTransaction)transaction).Connection != connection)
        {
            throw new ArgumentException("The transaction belongs to another connection.", nameof(transaction));
        }

        // The statement is prepared once on the connection's own handle (it runs inside the open transaction) and its
        // parameters are bound by position: the per-execution name look-ups of the ADO.NET command cost more than the insert.
        var db = ((SqliteConnection)connection).Handle!;
        using var prepared = new PreparedStatement(db, statement);
        var positions = columns.Select(c => prepared.IndexOf("@" + c.Name)).ToArray();
        foreach (var (name, value) in constants)
        {
            prepared.Bind(prepared.IndexOf("@" + name), value);   // bindings survive the reset after each row
        }

        // SQLite keeps a statement's bindings across resets: a value that is the very object bound for the row before
        // (a repeated key or status, which callers hand out as one instance) is not bound again.
        var bound = new object?[positions.Length];
        var first = true;
        long changed = 0;
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            prepared.Reset();

            for (var i = 0; i < positions.Length; i++)
            {
                if (first || !ReferenceEquals(row[i], bound[i]))
                {
                    prepared.Bind(positions[i], row[i]);
                    bound[i] = row[i];
                }
            }

            first = false;
            changed += prepared.Execute();
        }

        return Task.FromResult(changed);
    }

    /// <remarks>SQLite builds an index over a filled table by one sort, faster than keeping it up to date row by row; the
    /// indexes are re-created from their own definitions in <c>sqlite_schema</c>, whatever migration made them.</remarks>
    public override async Task<Func<CancellationToken, Task>?> DropSecondaryIndexesAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var indexes = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL ORDER BY name";
            command.Parameters.Add(new SqliteParameter("$table", table));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        if (indexes.Count == 0)
        {
            return null;
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, transaction, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", ct);
        }

        return async token =>
        {
            foreach (var (_, sql) in indexes)
            {
                await ExecuteAsync(connection, transaction, sql, token);
            }
        };
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    public override async Task<IAsyncDisposable?> TuneForBulkLoadAsync(DbConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        var previous = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA cache_size = -" + BulkLoadCacheKiB.ToString(CultureInfo.InvariantCulture);
        await command.ExecuteNonQueryAsync(ct);
        return new CacheSizeRestore(connection, previous);
    }

    /// <remarks>Only when they are on (a connection string with <c>Foreign Keys=True</c>); switched on again afterwards.
    /// Should that fail, the connection's pool is cleared, so that no pooled connection comes back without them.</remarks>
    public override async Task<IAsyncDisposable?> SuspendForeignKeyChecksAsync(DbConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }

        command.CommandText = "PRAGMA foreign_keys = OFF";
        await command.ExecuteNonQueryAsync(ct);
        return new ForeignKeysRestore((SqliteConnection)connection);
    }

    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };

    /// <summary>Puts the connection's page cache back before it returns to the pool.</summary>
    private sealed class CacheSizeRestore(DbConnection connection, long previous) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                return;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA cache_size = " + previous.ToString(CultureInfo.InvariantCulture);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// Switches foreign keys on again, or clears the pool if they are not on afterwards (inside a transaction that was not
    /// ended the pragma does nothing; a broken connection refuses it).
    /// </summary>
    private sealed class ForeignKeysRestore(SqliteConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA foreign_keys = ON";
                await command.ExecuteNonQueryAsync();
                command.CommandText = "PRAGMA foreign_keys";
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 1)
                {
                    return;
                }
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException)
            {
                // cleared below
            }

            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>
    /// One statement prepared on a connection's handle, bound by position with the values Microsoft.Data.Sqlite would
    /// bind for them (decimal and timestamps as the same text), stepped and reset per row.
    /// </summary>
    private sealed class PreparedStatement : IDisposable
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _statement;

        public PreparedStatement(sqlite3 db, string sql)
        {
            _db = db;
            Check(raw.sqlite3_prepare_v2(db, sql, out _statement));
        }

        public int IndexOf(string name)
        {
            var index = raw.sqlite3_bind_parameter_index(_statement, name);
            return index > 0 ? index : throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));
        }

        public void Reset()
        {
            raw.sqlite3_reset(_statement);
        }

        public void Bind(int index, object? value) => Check(value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            int i => raw.sqlite3_bind_int64(_statement, index, i),
            long l => raw.sqlite3_bind_int64(_statement, index, l),
            double d => raw.sqlite3_bind_double(_statement, index, d),
            bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
            string s => raw.sqlite3_bind_text(_statement, index, s),
            decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue => raw.sqlite3_bind_int64(_statement, index, (long)m),   // a whole number: the same value as its text
            decimal m => raw.sqlite3_bind_text(_statement, index, m.ToString("0.0###########################", CultureInfo.InvariantCulture)),
            DateOnly d => raw.sqlite3_bind_text(_statement, index, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            DateTimeOffset t => raw.sqlite3_bind_text(_statement, index, t.ToUniversalTime().ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"No SQLite binding for {value.GetType().Name}."),
        });

        /// <summary>Runs the statement; returns the rows it changed.</summary>
        public int Execute()
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            {
                raw.sqlite3_reset(_statement);
                Check(rc);
            }

            return raw.sqlite3_changes(_db);
        }

        public void Dispose() => _statement.Dispose();

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK)
            {
                throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(_db));
            }
        }
    }
}
