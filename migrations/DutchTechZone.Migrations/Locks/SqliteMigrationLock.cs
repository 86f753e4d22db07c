using Microsoft.Data.Sqlite;

namespace DutchTechZone.Migrations.Locks;

/// <summary>
/// An exclusive lock file beside the SQLite database (<c>warehouse.db.migrate.lock</c>). SQLite's own write
/// lock is per transaction, and DbUp uses one transaction per script, so a whole upgrade needs a lock of its own.
/// </summary>
internal sealed class SqliteMigrationLock : IMigrationLock
{
    private readonly FileStream? _lockFile;

    private SqliteMigrationLock(FileStream? lockFile) => _lockFile = lockFile;

    public static async Task<IMigrationLock> AcquireAsync(string connectionString, TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return new SqliteMigrationLock(null);
        }

        var path = Path.GetFullPath(dataSource) + ".migrate.lock";
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                return new SqliteMigrationLock(stream);
            }
            catch (IOException) when (time.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, ct);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _lockFile?.Dispose();
        return ValueTask.CompletedTask;
    }
}
