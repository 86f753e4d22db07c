using Dapper;
using DutchTechZone.Database;
using Microsoft.Data.Sqlite;

namespace DutchTechZone.Tests.Reliability;

/// <summary>
/// Watches a <c>dtz ingest</c> process from outside, so the suite can strike at a moment of the load rather than after a
/// guessed delay: the file claimed (in <c>processing/</c>), its import row written, and the load transaction holding the
/// warehouse load lock (PostgreSQL: the advisory lock granted; SQLite: the rollback journal of an open write transaction).
/// </summary>
internal sealed class LoadProbe(WarehouseProvider provider, string connection, string dropFolder)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);
    private readonly DutchTechZone.Database.Warehouse _warehouse = new(new WarehouseSettings(provider, connection));

    /// <summary>The moments of one load, in order.</summary>
    public enum Moment
    {
        Claimed,
        Started,
        Loading,
    }

    public static string Describe(Moment moment) => moment switch
    {
        Moment.Claimed => "claimed",
        Moment.Started => "import row written",
        _ => "in the load transaction",
    };

    /// <summary>The highest import id so far: a row above it belongs to the process started next.</summary>
    public async Task<long> LastImportIdAsync()
    {
        await using var c = await _warehouse.OpenAsync();
        return await c.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(import_id), 0) FROM etl_import");
    }

    /// <summary>Waits until <paramref name="process"/> reaches <paramref name="moment"/>; false when it exited first.</summary>
    public async Task<bool> WaitForAsync(Moment moment, DtzProcess process, long lastImportId, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!process.HasExited)
        {
            if (await ReachedAsync(moment, lastImportId))
            {
                return true;
            }

            await Task.Delay(Poll, cts.Token);
        }

        return false;
    }

    /// <summary>True while a load transaction holds the warehouse load lock.</summary>
    public async Task<bool> LoadLockHeldAsync()
    {
        if (provider == WarehouseProvider.Sqlite)
        {
            return File.Exists(new SqliteConnectionStringBuilder(connection).DataSource + "-journal");
        }

        await using var c = await _warehouse.OpenAsync();
        return await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()") > 0;
    }

    private async Task<bool> ReachedAsync(Moment moment, long lastImportId)
    {
        var processing = Path.Combine(dropFolder, "processing");
        if (moment == Moment.Claimed)
        {
            return Directory.Exists(processing) && Directory.EnumerateFileSystemEntries(processing).Any();
        }

        // The import row first, then the lock: a lock seen after this process's row is committed is its load's.
        await using (var c = await _warehouse.OpenAsync())
        {
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE import_id > @lastImportId", new { lastImportId }) == 0)
            {
                return false;
            }
        }

        return moment == Moment.Started || await LoadLockHeldAsync();
    }
}
