using System.Data;
using Microsoft.Data.SqlClient;

namespace DutchTechZone.Migrations.Locks;

/// <summary>A session-owned <c>sp_getapplock</c>, held on its own connection for the whole upgrade.</summary>
internal sealed class SqlServerMigrationLock : IMigrationLock
{
    private const string Resource = "dtz-migrations";
    private readonly SqlConnection _connection;

    private SqlServerMigrationLock(SqlConnection connection) => _connection = connection;

    public static async Task<IMigrationLock> AcquireAsync(string connectionString, TimeSpan timeout, CancellationToken ct)
    {
        var connection = new SqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new SqlCommand("sp_getapplock", connection) { CommandType = CommandType.StoredProcedure };
        command.Parameters.AddWithValue("@Resource", Resource);
        command.Parameters.AddWithValue("@LockMode", "Exclusive");
        command.Parameters.AddWithValue("@LockOwner", "Session");
        command.Parameters.AddWithValue("@LockTimeout", (int)timeout.TotalMilliseconds);
        var result = command.Parameters.Add("@Result", SqlDbType.Int);
        result.Direction = ParameterDirection.ReturnValue;
        await command.ExecuteNonQueryAsync(ct);
        if ((int)result.Value < 0)
        {
            await connection.DisposeAsync();
            throw new MigrationFailedException($"Could not take the migration lock (sp_getapplock returned {result.Value}).");
        }

        return new SqlServerMigrationLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var command = new SqlCommand("sp_releaseapplock", _connection) { CommandType = CommandType.StoredProcedure })
        {
            command.Parameters.AddWithValue("@Resource", Resource);
            command.Parameters.AddWithValue("@LockOwner", "Session");
            await command.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }
}
