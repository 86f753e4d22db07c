using System.Text;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Intake;

/// <summary>
/// Issue #8 §3 on every provider, with two real connections: this test holds the warehouse load lock (on PostgreSQL the
/// advisory lock, on SQLite the database's write lock) and a real <c>dtz ingest</c> process, whose connection string
/// keeps SQLite's <c>Default Timeout=60</c>, must give up after the configured <c>Intake:LockTimeout</c> (2 s here) and say
/// busy. The outcome is asserted, and that the process returned well before the driver's own timeouts (60 s / 30 s)
/// could have ended the wait; how fast it returns is a benchmark's business, not this test's.
/// </summary>
public abstract class LockWaitProcessTests<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private static readonly TimeSpan Returns = TimeSpan.FromSeconds(25);
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ASecondProcessWaitingForTheLoadLockReportsBusyAfterTheConfiguredWait()
    {
        var connection = _provider.Provider == WarehouseProvider.Sqlite
            ? $"Data Source={_temp.Combine("warehouse.db")};Foreign Keys=True;Default Timeout=60"
            : _provider.CreateEmptyDatabase(_temp);
        await new WarehouseMigrator(_provider.MigrationProvider, connection).MigrateAsync();
        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, connection));
        var data = _temp.Combine("data");
        var incoming = Path.Combine(data, "drop", "incoming");
        Directory.CreateDirectory(incoming);
        await File.WriteAllTextAsync(Path.Combine(incoming, "Middelen_2026.csv"),
            "Jaar;Financieringsbron;Gemeente;Bedrag;Toelichting\r\n2026;Overgebleven middelen;;45.870;\r\n", new UTF8Encoding(false));

        int exit;
        string output;
        await using (var holder = await warehouse.OpenAsync())
        await using (var holding = await holder.BeginTransactionAsync())
        {
            // The first "process": a load in progress.
            if (_provider.Provider == WarehouseProvider.Sqlite)
            {
                await holder.ExecuteAsync("INSERT INTO etl_import (kind, name, status, rows_written, started_at) VALUES ('file', 'houder', 'running', 0, '2026-01-01')", transaction: holding);
            }
            else
            {
                await warehouse.Dialect.LockForTransactionAsync(holder, holding, "dtz-partner-load", TimeSpan.FromSeconds(5), default);
            }

            using var second = DtzProcess.Start(new Dictionary<string, string>
            {
                ["DTZ__Intake__LockTimeout"] = "00:00:02",
                ["DTZ__Intake__StableAfter"] = "00:00:00",
                ["DTZ__Intake__Settle"] = "00:00:00",
            }, "ingest", "--data", data, "--provider", _provider.Name, "--connection", connection);
            try
            {
                exit = await second.WaitForExitAsync(Returns);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"dtz ingest still waited for the lock after {Returns.TotalSeconds:0} s with Intake:LockTimeout=2 s:\n{second.Output}");
                throw;
            }

            output = second.Output;
        }

        Assert.True(exit == 6, $"exit {exit}:\n{output}");
        Assert.Contains("bezig", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(incoming, "Middelen_2026.csv")), "the busy file waits in incoming/ for the next run");
        await using var check = await warehouse.OpenAsync();
        Assert.Equal(0, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status IN ('running', 'loaded')"));
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteLockWaitProcessTests : LockWaitProcessTests<SqliteProvider>;

public sealed class PostgreSqlLockWaitProcessTests : LockWaitProcessTests<PostgreSqlProvider>;
