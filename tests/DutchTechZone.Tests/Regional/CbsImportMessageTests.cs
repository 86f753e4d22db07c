using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Cbs;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Regional;

/// <summary>
/// Hostile review: the programme office reads <c>etl_import.message</c> of the CBS imports (status page, <c>dtz check</c>,
/// rpt_* views), so its free text is Dutch; the status codes (<c>loaded</c>, <c>skipped</c>, <c>failed</c>) stay as they are.
/// </summary>
public sealed class CbsImportMessageTests : IAsyncLifetime
{
    private static readonly string[] English = ["unchanged", "the same request", "table", "not found", "failed", "retries", "none of", "holds", "is not"];

    private readonly TempDirectory _temp = new();
    private CbsReplayServer _server = null!;

    public async Task InitializeAsync() => _server = await CbsReplayServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task AnUnchangedTableIsSkippedWithADutchReason()
    {
        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", "cbs", "--offline", "--table", "37230ned", "--table", "70072ned")).Exit);

        Assert.Equal(ExitCodes.Ok, (await RunAsync("import", "cbs", "--offline", "--table", "37230ned", "--table", "70072ned")).Exit);

        await using var c = await Warehouse().OpenAsync();
        var skipped = (await c.QueryAsync<(string Name, string Message)>("SELECT name, message FROM etl_import WHERE status = 'skipped' ORDER BY name")).ToList();
        Assert.Equal(["37230ned", "70072ned"], skipped.Select(s => s.Name).ToList());
        Assert.All(skipped, s => Assert.Matches(@"^ongewijzigd sinds \d{4}-\d\d-\d\d \d\d:\d\d \(CBS Modified\) en hetzelfde verzoek$", s.Message));
    }

    [Fact]
    public async Task AFailedTableSaysWhyInDutch()
    {
        var (exit, _, _) = await RunAsync("import", "cbs", "--table", "37230ned", "--table", "00000bestaatniet", "--base-url", _server.BaseAddress.AbsoluteUri);

        Assert.Equal(ExitCodes.Failure, exit);
        await using var c = await Warehouse().OpenAsync();
        var failed = (await c.QueryAsync<(string Name, string Message)>("SELECT name, message FROM etl_import WHERE status = 'failed' ORDER BY name")).ToList();
        Assert.Equal(["00000bestaatniet", "37230ned"], failed.Select(f => f.Name).ToList());
        Assert.StartsWith("configuratie (configuration): tabel niet gevonden bij CBS", failed[0].Message, StringComparison.Ordinal);
        Assert.All(failed, f => Assert.Contains($"CBS-tabel {f.Name}: HTTP 404", f.Message, StringComparison.Ordinal));
        Assert.All(failed, f => Assert.DoesNotContain(English, w => f.Message.Contains(w, StringComparison.Ordinal)));
    }

    private DutchTechZone.Database.Warehouse Warehouse() =>
        new(new WarehouseSettings(WarehouseProvider.Sqlite, $"Data Source={_temp.Combine("data", "warehouse.db")}"));

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) =>
        InProcessDtz.RunAsync(_temp.Combine("data"), new Dictionary<string, string?> { ["Cbs:MaxRetries"] = "1", ["Cbs:RetryBaseDelay"] = "00:00:00.005", ["Cbs:ResumeDelay"] = "00:00:00" }, args);
}
