using Npgsql;

namespace DutchTechZone.Migrations.Locks;

/// <summary>A session-level PostgreSQL advisory lock, held on its own connection for the whole upgrade.</summary>
internal sealed class PostgreSqlMigrationLock : IMigrationLock
{
    // Any stable 64-bit number; this one spells "DTZ-MIGR" loosely.
    private const long LockKey = 0x44545A2D4D494752;
    private readonly NpgsqlConnection _connection;

    private PostgreSqlMigrationLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<IMigrationLock> AcquireAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(ct);
        return new PostgreSqlMigrationLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection))
        {
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }
}
