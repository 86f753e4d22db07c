using Npgsql;

namespace DutchTechZone.Migrations.Locks;

/// <summary>
/// A session-level PostgreSQL advisory lock, held on its own connection for the whole upgrade. Taken with
/// <c>pg_try_advisory_lock</c>, retried until the timeout; on a timeout, a cancellation or any failure the
/// connection is closed (a leaked session would hold the lock, or a server slot, until the process exits).
/// </summary>
internal sealed class PostgreSqlMigrationLock : IMigrationLock
{
    // Any stable 64-bit number; this one spells "DTZ-MIGR" loosely.
    private const long LockKey = 0x44545A2D4D494752;
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);
    private readonly NpgsqlConnection _connection;

    private PostgreSqlMigrationLock(NpgsqlConnection connection) => _connection = connection;

    /// <exception cref="MigrationFailedException">Another process held the lock for longer than <paramref name="timeout"/>.</exception>
    public static async Task<IMigrationLock> AcquireAsync(string connectionString, TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            var deadline = time.GetUtcNow() + timeout;
            while (!await TryLockAsync(connection, ct))
            {
                if (time.GetUtcNow() >= deadline)
                {
                    throw new MigrationFailedException(
                        $"Could not take the migration lock within {timeout.TotalSeconds:0.#} s: another process is migrating this database.");
                }

                await Task.Delay(RetryInterval, time, ct);
            }

            return new PostgreSqlMigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection);
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await _connection.DisposeAsync();   // closing the session releases the lock even if the unlock failed
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
