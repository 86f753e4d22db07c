using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Npgsql;

namespace DutchTechZone.Tests.Trust;

/// <summary>
/// The PostgreSQL migration lock honours <see cref="WarehouseMigrator.LockTimeout"/> and never leaks its connection:
/// while another session holds the lock, a migration gives up after the timeout (or on cancellation) and closes it.
/// </summary>
public sealed class PostgreSqlMigrationLockTests
{
    private const long MigrationLockKey = 0x44545A2D4D494752;

    [Fact]
    public async Task AMigrationWaitingForAHeldLockGivesUpAfterTheTimeoutAndClosesItsConnection()
    {
        var (connection, application) = Database();
        await new WarehouseMigrator(MigrationProvider.PostgreSql, connection).MigrateAsync();
        await using var holder = await HoldLockAsync(connection);

        var migration = new WarehouseMigrator(MigrationProvider.PostgreSql, connection) { LockTimeout = TimeSpan.FromSeconds(1) }.MigrateAsync();

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => migration.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("lock", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await SessionsAsync(application));
    }

    [Fact]
    public async Task ACancelledWaitClosesItsConnection()
    {
        var (connection, application) = Database();
        await new WarehouseMigrator(MigrationProvider.PostgreSql, connection).MigrateAsync();
        await using var holder = await HoldLockAsync(connection);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        var migration = new WarehouseMigrator(MigrationProvider.PostgreSql, connection).MigrateAsync(cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => migration.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, await SessionsAsync(application));
    }

    // A database of its own, connections unpooled and named, so that a leaked session is visible in pg_stat_activity.
    private static (string Connection, string Application) Database()
    {
        var application = "dtz-lock-" + Guid.NewGuid().ToString("N")[..8];
        var connection = new NpgsqlConnectionStringBuilder(PostgreSqlServer.CreateDatabase()) { Pooling = false, ApplicationName = application }.ConnectionString;
        return (connection, application);
    }

    private static async Task<NpgsqlConnection> HoldLockAsync(string connection)
    {
        var holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { ApplicationName = "dtz-lock-holder" }.ConnectionString);
        await holder.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", holder);
        command.Parameters.AddWithValue("key", MigrationLockKey);
        await command.ExecuteNonQueryAsync();
        return holder;
    }

    private static async Task<long> SessionsAsync(string application)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSqlServer.ConnectionString) { Pooling = false, Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = @name", admin);
        command.Parameters.AddWithValue("name", application);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
