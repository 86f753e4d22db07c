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

/// <summary>The drop folder end to end on a real SQLite warehouse and real files.</summary>
public sealed class DropFolderIngestorTests : IDisposable
{
    private const string MiddelenHeader = "Jaar;Financieringsbron;Gemeente;Bedrag;Toelichting";
    private readonly TempDirectory _temp = new();
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time;
    private readonly DropFolder _folder;

    public DropFolderIngestorTests()
    {
        var connectionString = $"Data Source={_temp.Combine("warehouse.db")};Foreign Keys=True";
        new WarehouseMigrator(MigrationProvider.Sqlite, connectionString).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(WarehouseProvider.Sqlite, connectionString));
        _time = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddMinutes(5));
        _folder = new DropFolder(_temp.Combine("drop"));
        _folder.EnsureCreated();
    }

    [Fact]
    public async Task AValidFileIsLoadedArchivedAndItsRowsNameTheFile()
    {
        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;€ 45.870;", "2026;Netwerk- en Verbindingsplan;;125.000,00;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Loaded, result.Status);
        Assert.Equal(2, result.Rows);
        Assert.True(File.Exists(Path.Combine(_folder.Archive, "Middelen_2026.csv")));
        Assert.Empty(Directory.GetFiles(_folder.Incoming));
        Assert.Equal(17_087_000, await ScalarAsync<long>("SELECT SUM(amount_cents) FROM fact_funding"));
        Assert.Equal("Middelen_2026.csv", await ScalarAsync<string>("SELECT DISTINCT source_file FROM rpt_funding"));
    }

    [Fact]
    public async Task ABadFileIsRejectedUntouchedWithEveryErrorAndNothingReachesTheWarehouse()
    {
        var bytes = Drop("Middelen_fout.csv", MiddelenHeader, "2026;Overgebleven middelen;;1,234.56;", "2026;Onbekende bron;;100;", "2026;Overig;;12,50;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Rejected, result.Status);
        Assert.True(result.Errors.Count >= 2, "every error of the file is reported");
        var amount = Assert.Single(result.Errors, e => e.Row == 2);
        Assert.Equal("1,234.56", amount.Value);
        Assert.StartsWith("D", amount.Column, StringComparison.Ordinal);
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column!.StartsWith('B'));
        var rejected = Path.Combine(_folder.Rejected, "Middelen_fout.csv");
        Assert.Equal(bytes, await File.ReadAllBytesAsync(rejected));
        Assert.Contains("1,234.56", await File.ReadAllTextAsync(rejected + ".fouten.txt"), StringComparison.Ordinal);
        Assert.Contains("<table>", await File.ReadAllTextAsync(rejected + ".fouten.html"), StringComparison.Ordinal);
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM fact_funding"));
        Assert.Equal(result.Errors.Count, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_rejection"));
        Assert.Equal("rejected", await ScalarAsync<string>("SELECT status FROM etl_import WHERE name = 'Middelen_fout.csv'"));
    }

    [Fact]
    public async Task AnIdenticalRedeliveryIsRecognisedAndLoadsNothing()
    {
        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");
        await Ingestor().IngestFolderAsync();
        Drop("Middelen_2026_opnieuw.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Duplicate, result.Status);
        Assert.Equal(0, result.Rows);
        Assert.True(File.Exists(Path.Combine(_folder.Archive, "Middelen_2026_opnieuw.csv")));
        Assert.Equal(4_587_000, await ScalarAsync<long>("SELECT SUM(amount_cents) FROM fact_funding"));
    }

    [Fact]
    public async Task ACorrectedRedeliveryReplacesAndNeverDoubles()
    {
        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");
        await Ingestor().IngestFolderAsync();
        Drop("Middelen_2026_v2.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.900;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Loaded, result.Status);
        Assert.Equal("Middelen_2026.csv", result.Replaces);
        Assert.Equal(4_590_000, await ScalarAsync<long>("SELECT SUM(amount_cents) FROM fact_funding"));
        Assert.Equal(2, Directory.GetFiles(_folder.Archive).Length);
    }

    [Fact]
    public async Task AnEarlierVersionDeliveredAgainAfterItWasReplacedIsLoadedNotCalledADuplicate()
    {
        Drop("Middelen_v1.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");
        await Ingestor().IngestFolderAsync();
        Drop("Middelen_v2.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.900;");
        await Ingestor().IngestFolderAsync();
        Drop("Middelen_v1_terug.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Loaded, result.Status);
        Assert.Equal("Middelen_v2.csv", result.Replaces);
        Assert.Equal(4_587_000, await ScalarAsync<long>("SELECT SUM(amount_cents) FROM fact_funding"));
    }

    [Fact]
    public async Task FilesOfOneScanAreProcessedInDeliveryOrderSoTheLatestDeliveryWins()
    {
        Drop("Middelen 2026 versie 2.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.000;");
        Drop("Middelen 2026 correctie.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");
        File.SetLastWriteTimeUtc(Path.Combine(_folder.Incoming, "Middelen 2026 versie 2.csv"), new DateTime(2026, 11, 30, 9, 2, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(Path.Combine(_folder.Incoming, "Middelen 2026 correctie.csv"), new DateTime(2026, 11, 30, 9, 11, 0, DateTimeKind.Utc));

        var results = await Ingestor().IngestFolderAsync();

        Assert.Equal(["Middelen 2026 versie 2.csv", "Middelen 2026 correctie.csv"], results.Select(r => r.File));
        Assert.Equal(4_587_000, await ScalarAsync<long>("SELECT SUM(amount_cents) FROM fact_funding"));
    }

    [Fact]
    public async Task APartlyReplacedFileDeliveredAgainRestoresItsRowsInsteadOfBeingADuplicate()
    {
        Drop("Middelen_beide_jaren.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;", "2027;Overgebleven middelen;;10.000;");
        await Ingestor().IngestFolderAsync();
        Drop("Middelen_2027.csv", MiddelenHeader, "2027;Overgebleven middelen;;12.000;");
        await Ingestor().IngestFolderAsync();
        Drop("Middelen_beide_jaren_opnieuw.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;", "2027;Overgebleven middelen;;10.000;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Loaded, result.Status);
        Assert.Equal(1_000_000, await ScalarAsync<long>("SELECT SUM(amount_cents) FROM fact_funding WHERE year = 2027"));
    }

    [Fact]
    public async Task AnErrorReportNeverOverwritesADeliveredFile()
    {
        Drop("Middelen.csv.fouten.txt", "iets van de partner");
        await Ingestor().IngestFolderAsync();
        Drop("Middelen.csv", MiddelenHeader, "2026;Overgebleven middelen;;abc;");

        await Ingestor().IngestFolderAsync();

        Assert.Equal("iets van de partner\r\n", await File.ReadAllTextAsync(Path.Combine(_folder.Rejected, "Middelen.csv.fouten.txt")));
        Assert.Equal(6, Directory.GetFiles(_folder.Rejected).Length);   // two rejected files, each with its own two reports
    }

    [Fact]
    public async Task LockFilesTemporaryFilesAndFilesStillBeingWrittenAreLeftAlone()
    {
        Drop("~$Middelen_2026.xlsx", "lock");
        Drop("Middelen_2026.csv.tmp", MiddelenHeader);
        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");
        var justNow = new FakeTimeProvider(TimeProvider.System.GetUtcNow());

        var results = await Ingestor(justNow).IngestFolderAsync();

        Assert.Empty(results);
        Assert.Equal(3, Directory.GetFiles(_folder.Incoming).Length);
        Assert.Single(await Ingestor().IngestFolderAsync());
        Assert.Equal(2, Directory.GetFiles(_folder.Incoming).Length);
    }

    [Fact]
    public async Task AFileThatGrowsBetweenTheTwoLooksIsLeftForTheNextScan()
    {
        var path = Path.Combine(_folder.Incoming, "Middelen_2026.csv");
        await File.WriteAllTextAsync(path, MiddelenHeader + "\n2026;Overgebleven middelen;;45.870;\n");
        File.SetLastWriteTimeUtc(path, _time.GetUtcNow().UtcDateTime.AddMinutes(-1));
        var filter = new StableFileFilter(_time, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1));

        var looking = filter.ReadyAsync([path], CancellationToken.None);
        await File.AppendAllTextAsync(path, "2026;Overig;;100;\n");   // a stalled copy resumes while we wait
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Empty(await looking);
        File.SetLastWriteTimeUtc(path, _time.GetUtcNow().UtcDateTime.AddMinutes(-1));
        var again = filter.ReadyAsync([path], CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(await again);
    }

    [Fact]
    public async Task AFileLeftInProcessingByAnInterruptedRunIsProcessedAgain()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.Processing, "claim-abc123456789__Middelen_2026.csv"), MiddelenHeader + "\n2026;Overgebleven middelen;;45.870;\n");
        File.SetLastWriteTimeUtc(Path.Combine(_folder.Processing, "claim-abc123456789__Middelen_2026.csv"), TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-10));

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal("Middelen_2026.csv", result.File);
        Assert.Equal(IngestStatus.Loaded, result.Status);
        Assert.Empty(Directory.GetFiles(_folder.Processing));
    }

    [Fact]
    public async Task WhenTheDatabaseIsDownTheFileGoesBackToIncomingNeverToRejected()
    {
        var down = new DutchTechZone.Database.Warehouse(new WarehouseSettings(WarehouseProvider.PostgreSql, "Host=127.0.0.1;Port=1;Timeout=2;Username=x;Database=x"));
        var bytes = Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");

        var result = Assert.Single(await Ingestor(warehouse: down).IngestFolderAsync());

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(_folder.Incoming, "Middelen_2026.csv")));
        Assert.Empty(Directory.GetFiles(_folder.Rejected));
        Assert.Empty(Directory.GetFiles(_folder.Processing));
    }

    [Fact]
    public async Task GivenFilesAreCopiedInAndTheOriginalsStayWhereTheyAre()
    {
        var original = _temp.Combine("Middelen_2026.csv");
        await File.WriteAllTextAsync(original, MiddelenHeader + "\n2026;Overgebleven middelen;;45.870;\n");

        var result = Assert.Single(await Ingestor().IngestFilesAsync([original]));

        Assert.Equal(IngestStatus.Loaded, result.Status);
        Assert.True(File.Exists(original));
        Assert.True(File.Exists(Path.Combine(_folder.Archive, "Middelen_2026.csv")));
    }

    [Fact]
    public async Task AFileTheDatabaseRefusesIsRejectedWithAReportAndNotRetriedForever()
    {
        await using (var connection = await _warehouse.OpenAsync())
        {
            await connection.ExecuteAsync("CREATE TRIGGER refuse_funding BEFORE INSERT ON fact_funding BEGIN SELECT RAISE(ABORT, 'bedrag geweigerd'); END;");
        }

        var bytes = Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Rejected, result.Status);
        Assert.Contains("bedrag geweigerd", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        var rejected = Path.Combine(_folder.Rejected, "Middelen_2026.csv");
        Assert.Equal(bytes, await File.ReadAllBytesAsync(rejected));
        Assert.True(File.Exists(rejected + ".fouten.txt"));
        Assert.Empty(Directory.GetFiles(_folder.Incoming));
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM dim_source WHERE kind = 'file'"));
        Assert.Equal("rejected", await ScalarAsync<string>("SELECT status FROM etl_import WHERE name = 'Middelen_2026.csv'"));
    }

    [Fact]
    public async Task ASecondIntakeWhileOneIsRunningLeavesTheFilesAlone()
    {
        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");
        using var running = _folder.TryLock();
        Assert.NotNull(running);

        await Assert.ThrowsAsync<IntakeBusyException>(() => Ingestor().IngestFolderAsync());

        Assert.Single(Directory.GetFiles(_folder.Incoming));
    }

    [Fact]
    public async Task AGivenFileThatDoesNotExistIsReportedAndTheOthersAreStillProcessed()
    {
        var present = _temp.Combine("Middelen_2026.csv");
        await File.WriteAllTextAsync(present, MiddelenHeader + "\n2026;Overgebleven middelen;;45.870;\n");

        var results = await Ingestor().IngestFilesAsync([_temp.Combine("bestaat-niet.csv"), present]);

        Assert.Equal([IngestStatus.NotFound, IngestStatus.Loaded], results.Select(r => r.Status));
        Assert.Contains("bestaat-niet.csv", results[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvErrorsNameTheSheetAfterTheDeliveredFileNotTheClaimedCopy()
    {
        Drop("Middelen_fout.csv", MiddelenHeader, "2026;Overgebleven middelen;;abc;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal("Middelen_fout", Assert.Single(result.Errors).Sheet);
    }

    public void Dispose() => _temp.Dispose();

    private byte[] Drop(string name, params string[] lines)
    {
        var bytes = new UTF8Encoding(true).GetBytes(string.Join("\r\n", lines) + "\r\n");
        var path = Path.Combine(_folder.Incoming, name);
        File.WriteAllBytes(path, bytes);
        return bytes;
    }

    private DropFolderIngestor Ingestor(TimeProvider? time = null, DutchTechZone.Database.Warehouse? warehouse = null)
    {
        var clock = time ?? _time;
        var w = warehouse ?? _warehouse;
        return new DropFolderIngestor(_folder, new StableFileFilter(clock, TimeSpan.FromSeconds(2), TimeSpan.Zero), new SpreadsheetReader(PartnerMunicipalities.Default),
            new ImportLog(w, clock), new RejectionLog(w, clock), new PartnerFileLoader(w, clock), clock, NullLogger<DropFolderIngestor>.Instance);
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await _warehouse.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
