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
                if (row[i] is null)
                {
                    await writer.WriteNullAsync(ct);
                }
                else
                {
                    await writer.WriteAsync(Normalise(row[i]!), types[i], ct);
                }
            }
        }

        await writer.CompleteAsync(ct);
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
