using Microsoft.Data.Sqlite;

namespace DutchTechZone.Migrations;

/// <summary>
/// Whether a SQLite warehouse already has every script, read without a write lock. DbUp reads its journal inside a
/// transaction, and Microsoft.Data.Sqlite begins every transaction IMMEDIATE: on SQLite that waits for the database's
/// write lock, so <c>dtz ingest</c> (which migrates first) would wait the connection's whole <c>Default Timeout</c> for
/// another process's load before its own, bounded, lock wait even began.
/// </summary>
internal static class SqliteUpToDate
{
    public static async Task<bool> CheckAsync(string connectionString, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || !File.Exists(builder.DataSource))
        {
            return false;
        }

        try
        {
            return await ReadAsync(connectionString, ct);
        }
        catch (SqliteException)
        {
            return false;   // not readable as a warehouse: DbUp tries, and reports what is wrong
        }
    }

    private static async Task<bool> ReadAsync(string connectionString, CancellationToken ct)
    {
        // Never creates the file (only the migrator's DbUp run does, after this check said no).
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite }.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'SchemaVersions'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return false;
        }

        command.CommandText = "SELECT ScriptName FROM SchemaVersions";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                applied.Add(reader.GetString(0));
            }
        }

        var prefix = $"{typeof(SqliteUpToDate).Assembly.GetName().Name}.Scripts.{MigrationScripts.FolderOf(MigrationProvider.Sqlite)}.";
        return MigrationScripts.For(MigrationProvider.Sqlite).All(s => applied.Contains(prefix + s.Name));
    }
}
