using System.Diagnostics;
using System.Text;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Intake;

/// <summary>
/// Issue #8 against each real database: a rejection is always recorded (also beyond the column widths), runs that
/// died leave no <c>running</c> row, a busy warehouse is reported as busy within the configured wait, and the duplicate
/// check of identical files delivered at the same moment happens under the lock.
/// </summary>
public abstract class IntakeReliabilityTests<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private const string MiddelenHeader = "Jaar;Financieringsbron;Gemeente;Bedrag;Toelichting";
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time;
    private readonly DropFolder _folder;

    protected IntakeReliabilityTests()
    {
        var connectionString = _provider.CreateEmptyDatabase(_temp);
        new WarehouseMigrator(_provider.MigrationProvider, connectionString).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, connectionString));
        _time = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddMinutes(5));
        _folder = new DropFolder(_temp.Combine("drop"));
        _folder.EnsureCreated();
    }

    [Fact]
    public async Task ABadFileWithANameAndSheetLongerThanTheColumnsIsStillRecordedAsRejected()
    {
        // A CSV's sheet is its file name without extension: 230 characters, wider than etl_rejection.sheet (200).
        var name = new string('x', 230) + ".csv";
        Drop(name, MiddelenHeader, "2026;Onbekende bron;;" + new string('7', 5000) + ";");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Rejected, result.Status);
        Assert.Equal("rejected", await ScalarAsync<string>("SELECT status FROM etl_import"));
        Assert.True(await ScalarAsync<long>("SELECT COUNT(*) FROM etl_rejection") >= 1);
        Assert.True(await ScalarAsync<long>("SELECT MAX(LENGTH(value)) FROM etl_rejection") <= 200);
        Assert.Empty(Directory.GetFiles(_folder.Incoming));
    }

    [Fact]
    public async Task ARowLeftRunningByADeadRunIsMarkedInterruptedByTheNextRunOfThatFile()
    {
        var log = new ImportLog(_warehouse, _time);
        var dead = await log.StartAsync("file", "Middelen_2026.csv", "partner file", "abc");
        var other = await log.StartAsync("file", "Realisatie_2026.csv", "partner file", "def");
        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");

        await Ingestor().IngestFolderAsync();

        Assert.Equal("interrupted", await ScalarAsync<string>($"SELECT status FROM etl_import WHERE import_id = {dead}"));
        Assert.Equal("running", await ScalarAsync<string>($"SELECT status FROM etl_import WHERE import_id = {other}"));
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'loaded'"));
    }

    [Fact]
    public async Task CloseInterruptedImportsMarksEveryRunningRow()
    {
        var log = new ImportLog(_warehouse, _time);
        await log.StartAsync("file", "a.csv", "partner file", "abc");
        await log.StartAsync("cbs", "37230ned", "cbs", null);

        var closed = await log.CloseInterruptedImportsAsync();

        Assert.Equal(2, closed);
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'running'"));
        Assert.Equal(2, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'interrupted' AND finished_at IS NOT NULL"));
    }

    [Fact]
    public async Task AFinalStatusIsNeverOverwritten()
    {
        var log = new ImportLog(_warehouse, _time);
        var id = await log.StartAsync("file", "a.csv", "partner file", "abc");
        await log.FinishAsync(new ImportOutcome(id, ImportStatus.Loaded, 3));

        await log.FinishAsync(new ImportOutcome(id, ImportStatus.Failed, 0, Message: "archive failed"));

        Assert.Equal("loaded", await ScalarAsync<string>("SELECT status FROM etl_import"));
    }

    [Fact]
    public async Task IdenticalFilesLoadedAtTheSameMomentAreCheckedUnderTheLockSoTheSecondIsADuplicate()
    {
        // Both passed the early hash check before either loaded; the loader checks again under the lock.
        var log = new ImportLog(_warehouse, _time);
        var loader = new PartnerFileLoader(_warehouse, _time);
        var first = await log.StartAsync("file", "Middelen_a.csv", "partner file", "samehash");
        var second = await log.StartAsync("file", "Middelen_b.csv", "partner file", "samehash");

        var a = await loader.LoadAsync(Load(first, "Middelen_a.csv"));
        var b = await loader.LoadAsync(Load(second, "Middelen_b.csv"));

        Assert.Null(a.DuplicateOf);
        Assert.Equal("Middelen_a.csv", b.DuplicateOf);
        Assert.Null(b.Replaces);
        Assert.Equal("duplicate", await ScalarAsync<string>($"SELECT status FROM etl_import WHERE import_id = {second}"));
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM fact_funding"));
    }

    [Fact]
    public async Task ALoadWaitingForTheLockGivesUpAfterTheConfiguredTimeAndSaysBusy()
    {
        await using var holder = await _warehouse.OpenAsync();
        await using var holding = await holder.BeginTransactionAsync();
        if (_provider.Provider == WarehouseProvider.PostgreSql)
        {
            await _warehouse.Dialect.LockForTransactionAsync(holder, holding, "dtz-partner-load", TimeSpan.FromSeconds(5), default);
        }
        else
        {
            await holder.ExecuteAsync("INSERT INTO etl_import (kind, name, status, rows_written, started_at) VALUES ('file', 'houder', 'running', 0, '2026-01-01')", transaction: holding);
        }

        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");
        var clock = Stopwatch.StartNew();

        // The warehouse keeps SQLite's Default Timeout=60: only the configured lock wait (1 s) may end the wait. The
        // intake's own writes share the loader's bound, as the composition (AddIntake) builds them.
        var loader = new PartnerFileLoader(_warehouse, _time, TimeSpan.FromSeconds(1));
        var results = await Ingestor(loader: loader, warehouse: loader.Warehouse).IngestFolderAsync();

        clock.Stop();
        var result = Assert.Single(results);
        Assert.True(result.Status is IngestStatus.Busy, $"{result.Status}: {result.Message}");
        Assert.Contains("bezig", result.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"waited {clock.Elapsed}: the connection's 60 s, not the configured 1 s");
        Assert.Single(Directory.GetFiles(_folder.Incoming));
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static PartnerFileLoad Load(long importId, string name) => new(importId, new FileSourceRecord(name, "samehash", DateTimeOffset.UnixEpoch),
        [new FundingRecord(2026, "Overgebleven middelen", null, 4_587_000, null, 2)], [], [], [], []);

    private void Drop(string name, params string[] lines) =>
        File.WriteAllBytes(Path.Combine(_folder.Incoming, name), new UTF8Encoding(true).GetBytes(string.Join("\r\n", lines) + "\r\n"));

    private DropFolderIngestor Ingestor(PartnerFileLoader? loader = null, DutchTechZone.Database.Warehouse? warehouse = null)
    {
        var w = warehouse ?? _warehouse;
        return new(_folder, new StableFileFilter(_time, TimeSpan.FromSeconds(2), TimeSpan.Zero), new SpreadsheetReader(PartnerMunicipalities.Default),
            new ImportLog(w, _time), new RejectionLog(w, _time), loader ?? new PartnerFileLoader(w, _time), _time, NullLogger<DropFolderIngestor>.Instance);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await _warehouse.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}

public sealed class SqliteIntakeReliabilityTests : IntakeReliabilityTests<SqliteProvider>;

public sealed class PostgreSqlIntakeReliabilityTests : IntakeReliabilityTests<PostgreSqlProvider>;
