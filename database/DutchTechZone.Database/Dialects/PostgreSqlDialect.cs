using System.Data.Common;
using DutchTechZone.Database.Bulk;
using Npgsql;
using NpgsqlTypes;

namespace DutchTechZone.Database.Dialects;

/// <summary>PostgreSQL: staging is filled by binary COPY.</summary>
public sealed class PostgreSqlDialect : SqlDialect
{
    public override WarehouseProvider Provider => WarehouseProvider.PostgreSql;

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override async Task BulkInsertAsync(DbConnection connection, DbTransaction transaction, StagingBatch batch, CancellationToken ct)
    {
        var npgsql = (NpgsqlConnection)connection;
        var names = string.Join(", ", batch.Columns.Select(c => c.Name));
        var types = batch.Columns.Select(c => TypeOf(c.Type)).ToArray();
        await using var writer = await npgsql.BeginBinaryImportAsync($"COPY {batch.Table} ({names}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in batch.Rows)
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < types.Length; i++)
            {
                // Written by their own type: Npgsql resolves the converter of an object value on every call.
                var write = row[i] switch
                {
                    null => writer.WriteNullAsync(ct),
                    int v => writer.WriteAsync(v, types[i], ct),
                    long v => writer.WriteAsync(v, types[i], ct),
                    decimal v => writer.WriteAsync(v, types[i], ct),
                    string v => writer.WriteAsync(v, types[i], ct),
                    var v => writer.WriteAsync(Normalise(v), types[i], ct),
                };
                await write;
            }
        }

        await writer.CompleteAsync(ct);
    }

    /// <remarks>
    /// PostgreSQL checks a foreign key by a trigger per inserted row (a look-up and a row lock on the parent) and keeps
    /// every index up per row; for the first facts of an empty table both are dropped and added back from their own
    /// definitions (<c>pg_get_constraintdef</c>, <c>pg_get_indexdef</c>), which checks each key once, set-based. The
    /// table is locked for the rest of the transaction (it is empty: nobody reads anything from it yet).
    /// </remarks>
    public override async Task<Func<CancellationToken, Task>?> DropSecondaryIndexesAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken ct)
    {
        var npgsql = (NpgsqlConnection)connection;
        var tx = (NpgsqlTransaction)transaction;
        var foreignKeys = new List<(string Name, string Definition)>();
        var indexes = new List<(string Name, string Definition)>();
        await using (var command = new NpgsqlCommand(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = to_regclass(@table) AND contype = 'f' ORDER BY conname", npgsql, tx))
        {
            command.Parameters.AddWithValue("table", table);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                foreignKeys.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await using (var command = new NpgsqlCommand(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i " +
            "WHERE i.indrelid = to_regclass(@table) AND NOT i.indisprimary AND NOT i.indisunique ORDER BY 1", npgsql, tx))
        {
            command.Parameters.AddWithValue("table", table);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        if (foreignKeys.Count == 0 && indexes.Count == 0)
        {
            return null;
        }

        var quotedTable = Quote(table);
        foreach (var (name, _) in foreignKeys)
        {
            await ExecuteAsync(npgsql, tx, $"ALTER TABLE {quotedTable} DROP CONSTRAINT {Quote(name)}", ct);
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(npgsql, tx, $"DROP INDEX {name}", ct);   // regclass text: already quoted where needed
        }

        return async token =>
        {
            foreach (var (_, definition) in indexes)
            {
                await ExecuteAsync(npgsql, tx, definition, token);
            }

            foreach (var (name, definition) in foreignKeys)
            {
                await ExecuteAsync(npgsql, tx, $"ALTER TABLE {quotedTable} ADD CONSTRAINT {Quote(name)} {definition}", token);
            }
        };
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    // Polls pg_try_advisory_xact_lock: the wait is bounded by the caller's timeout, not by the command timeout.
    public override async Task LockForTransactionAsync(DbConnection connection, DbTransaction transaction, string resource, TimeSpan timeout, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(hashtext(@resource))", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("resource", resource);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(50);
        while (!(bool)(await command.ExecuteScalarAsync(ct))!)
        {
            if (waited.Elapsed >= timeout)
            {
                throw new WarehouseBusyException($"Another process held the warehouse lock '{resource}' for more than {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(pause, ct);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 500));
        }
    }

    private static object Normalise(object value) => value is DateTimeOffset t ? t.ToUniversalTime() : value;

    private static NpgsqlDbType TypeOf(Type type) => type switch
    {
        _ when type == typeof(string) => NpgsqlDbType.Text,
        _ when type == typeof(int) => NpgsqlDbType.Integer,
        _ when type == typeof(long) => NpgsqlDbType.Bigint,
        _ when type == typeof(decimal) => NpgsqlDbType.Numeric,
        _ when type == typeof(double) => NpgsqlDbType.Double,
        _ when type == typeof(bool) => NpgsqlDbType.Boolean,
        _ when type == typeof(DateOnly) => NpgsqlDbType.Date,
        _ when type == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        _ => throw new NotSupportedException($"No COPY type for {type.Name}."),
    };
}
