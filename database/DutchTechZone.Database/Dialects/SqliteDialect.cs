using System.Data.Common;
using System.Globalization;
using DutchTechZone.Database.Bulk;
using Microsoft.Data.Sqlite;

namespace DutchTechZone.Database.Dialects;

/// <summary>SQLite: staging is filled by one prepared INSERT, re-executed per row inside the load's transaction.</summary>
public sealed class SqliteDialect : SqlDialect
{
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

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => value,
    };
}
