using System.Diagnostics;
using System.Text;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Host.Cli;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Intake;

/// <summary>Issue #8 and #10: drop-folder edges — long names, what is not a regular file, unsafe names, exactly once.</summary>
public sealed class DropFolderEdgeTests : IDisposable
{
    private const string MiddelenHeader = "Jaar;Financieringsbron;Gemeente;Bedrag;Toelichting";
    private readonly TempDirectory _temp = new();
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time;
    private readonly DropFolder _folder;

    public DropFolderEdgeTests()
    {
        var connectionString = $"Data Source={_temp.Combine("warehouse.db")};Foreign Keys=True";
        new WarehouseMigrator(MigrationProvider.Sqlite, connectionString).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(WarehouseProvider.Sqlite, connectionString));
        _time = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddMinutes(5));
        _folder = new DropFolder(_temp.Combine("drop"));
        _folder.EnsureCreated();
    }

    [Theory]
    [InlineData(240)]
    [InlineData(255)]
    public async Task ANameUpToTheFileSystemLimitIsLoadedAndArchivedUnderItsName(int bytes)
    {
        var name = new string('m', bytes - "_2026.csv".Length) + "_2026.csv";
        Drop(name, MiddelenHeader, "2026;Overgebleven middelen;;45.870;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Loaded, result.Status);
        Assert.Empty(Directory.GetFiles(_folder.Incoming));
        Assert.True(File.Exists(Path.Combine(_folder.Archive, name)));
    }

    [Fact]
    public async Task ALongNamedBadFileIsRejectedWithItsReportsBesideIt()
    {
        var name = new string('f', 250 - "_fout.csv".Length) + "_fout.csv";
        Drop(name, MiddelenHeader, "2026;Onbekende bron;;100;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Rejected, result.Status);
        Assert.Empty(Directory.GetFiles(_folder.Incoming));
        Assert.Equal(3, Directory.GetFiles(_folder.Rejected).Length);
        Assert.Single(Directory.GetFiles(_folder.Rejected, "*.fouten.txt"));
        Assert.All(Directory.GetFiles(_folder.Rejected), f => Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(f)) <= 255));
    }

    [Fact]
    public async Task AnArchivedNameTakenTwiceStillFitsTheFileSystem()
    {
        var name = new string('a', 255 - "_2026.csv".Length) + "_2026.csv";
        Drop(name, MiddelenHeader, "2026;Overgebleven middelen;;1;");
        await Ingestor().IngestFolderAsync();
        Drop(name, MiddelenHeader, "2026;Overgebleven middelen;;2;");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Loaded, result.Status);
        Assert.Equal(2, Directory.GetFiles(_folder.Archive).Length);
    }

    [Fact]
    public async Task AFifoIsSkippedWithAWarningAndNeverBlocksTheIntake()
    {
        Run("mkfifo", Path.Combine(_folder.Incoming, "Middelen_pijp.csv"));
        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");

        var scan = Ingestor().IngestFolderAsync();
        var finished = await Task.WhenAny(scan, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(scan, finished);
        var results = await scan;
        Assert.Equal(IngestStatus.Loaded, Assert.Single(results, r => r.File == "Middelen_2026.csv").Status);
        var fifo = Assert.Single(results, r => r.File == "Middelen_pijp.csv");
        Assert.Equal(IngestStatus.Skipped, fifo.Status);
        Assert.Contains("FIFO", fifo.Message, StringComparison.Ordinal);
        Assert.Equal(FileKind.Fifo, FileKinds.Of(Path.Combine(_folder.Incoming, "Middelen_pijp.csv")));
    }

    [Fact]
    public async Task ASocketIsSkippedWithAWarningAndNeverBlocksTheIntake()
    {
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(Path.Combine(_folder.Incoming, "Middelen_socket.csv")));
        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");

        var results = await Ingestor().IngestFolderAsync();
        var again = await Ingestor().IngestFolderAsync();

        Assert.Equal(IngestStatus.Loaded, Assert.Single(results, r => r.File == "Middelen_2026.csv").Status);
        var skipped = Assert.Single(results, r => r.File == "Middelen_socket.csv");
        Assert.Equal(IngestStatus.Skipped, skipped.Status);
        Assert.Contains("socket", skipped.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(IngestStatus.Skipped, Assert.Single(again).Status);
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status IN ('failed', 'running')"));
    }

    [Fact]
    public async Task ADeviceIsSkippedAndLeftWhereItIs()
    {
        var device = Path.Combine(_folder.Incoming, "Middelen_apparaat.csv");
        Run("mknod", device, "c", "1", "3");   // a character device like /dev/null
        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");

        var results = await Ingestor().IngestFolderAsync();

        Assert.Equal(IngestStatus.Loaded, Assert.Single(results, r => r.File == "Middelen_2026.csv").Status);
        Assert.Equal(IngestStatus.Skipped, Assert.Single(results, r => r.File == "Middelen_apparaat.csv").Status);
        Assert.Equal(FileKind.Device, FileKinds.Of(device));
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Rejected));
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import"));
    }

    [Fact]
    public async Task ASymbolicLinkOutOfTheFolderIsSkipped()
    {
        var outside = _temp.Combine("geheim.csv");
        await File.WriteAllTextAsync(outside, MiddelenHeader + "\n2026;Overgebleven middelen;;1;\n");
        File.CreateSymbolicLink(Path.Combine(_folder.Incoming, "Middelen_link.csv"), outside);

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Skipped, result.Status);
        Assert.True(File.Exists(outside));
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM fact_funding"));
    }

    [Fact]
    public async Task ANameThatIsNotValidUtf8IsReportedNotIgnored()
    {
        Run("sh", "-c", $"printf '{MiddelenHeader}\\n2026;Overig;;1;\\n' > \"{_folder.Incoming}/Middelen_$(printf '\\377')_2026.csv\"");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());

        Assert.Equal(IngestStatus.Skipped, result.Status);
        Assert.Contains("UTF-8", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewlineInANameCannotFakeAnOutputLine()
    {
        var name = "Middelen_x\nVals_2026.csv: geladen (Middelen), 999 rijen\nMiddelen_2026.csv";
        Drop(name, MiddelenHeader, "2026;Overgebleven middelen;;45.870;");
        var results = await Ingestor().IngestFolderAsync();
        using var output = new StringWriter();

        await IngestCommand.PrintAsync(results, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, output.ToString());
        Assert.DoesNotContain(lines, l => l.StartsWith("Vals_2026.csv", StringComparison.Ordinal));
        Assert.Contains("\\n", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWhoseLoadCommittedButWhoseArchivingFailedIsLoadedExactlyOnce()
    {
        // archive/ points into /proc: moving a file there fails even for root, after the load has committed.
        Directory.Delete(_folder.Archive);
        File.CreateSymbolicLink(_folder.Archive, "/proc/self");
        Drop("Middelen_2026.csv", MiddelenHeader, "2026;Overgebleven middelen;;45.870;");

        var first = Assert.Single(await Ingestor().IngestFolderAsync());
        File.Delete(_folder.Archive);
        Directory.CreateDirectory(_folder.Archive);
        var second = await Ingestor().IngestFolderAsync();

        Assert.Equal(IngestStatus.Duplicate, Assert.Single(second).Status);   // not loaded again on the next scan
        Assert.Equal(IngestStatus.Loaded, first.Status);
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM etl_import WHERE status = 'loaded'"));
        Assert.Equal(4_587_000, await ScalarAsync<long>("SELECT SUM(amount_cents) FROM fact_funding"));
        Assert.Single(Directory.GetFiles(_folder.Archive));
    }

    [Fact]
    public async Task AFileMissingADimensionMemberIsRejectedOnceNotRetriedEveryScan()
    {
        // The reader accepts a municipality the warehouse does not know: the load fails, not for an outage.
        var municipalities = PartnerMunicipalities.Default.Append(new Municipality("GM9999", "Nergenshuizen")).ToList();
        Drop("Middelen_nergens.csv", MiddelenHeader, "2026;Cofinanciering;GM9999;100;");

        var first = Assert.Single(await Ingestor(municipalities).IngestFolderAsync());
        var second = await Ingestor(municipalities).IngestFolderAsync();

        Assert.Empty(second);   // not tried again on the next scan
        Assert.Equal(IngestStatus.Rejected, first.Status);
        Assert.Empty(Directory.GetFiles(_folder.Incoming));
        Assert.Equal("rejected", await ScalarAsync<string>("SELECT status FROM etl_import"));
    }

    public void Dispose() => _temp.Dispose();

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private void Drop(string name, params string[] lines) =>
        File.WriteAllBytes(Path.Combine(_folder.Incoming, name), new UTF8Encoding(true).GetBytes(string.Join("\r\n", lines) + "\r\n"));

    private DropFolderIngestor Ingestor(IReadOnlyList<Municipality>? municipalities = null) =>
        new(_folder, new StableFileFilter(_time, TimeSpan.FromSeconds(2), TimeSpan.Zero), new SpreadsheetReader(municipalities ?? PartnerMunicipalities.Default),
            new ImportLog(_warehouse, _time), new RejectionLog(_warehouse, _time), new PartnerFileLoader(_warehouse, _time), _time, NullLogger<DropFolderIngestor>.Instance);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await _warehouse.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }
}
