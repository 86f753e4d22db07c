using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Cbs;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Regional;

/// <summary><c>dtz import cbs --table ID --base-url URL</c> end to end: the real command against the local CBS replay server.</summary>
public abstract class ImportCbsCommandTests<TProvider> : IAsyncLifetime where TProvider : IWarehouseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private string _connectionString = null!;
    private CbsReplayServer _server = null!;

    public async Task InitializeAsync()
    {
        _connectionString = _provider.CreateEmptyDatabase(_temp);
        _server = await CbsReplayServer.StartAsync(typedPageSize: 100);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task ANamedTableOutsideTheCatalogueIsImportedWholeThroughFaultsAndASecondRunWritesNothing()
    {
        _server.Inject(t => t.Contains("TypedDataSet", StringComparison.Ordinal) && t.Contains("$skip=300", StringComparison.Ordinal), CbsFault.ServiceUnavailable, times: 2);
        _server.Inject(t => t.Contains("TypedDataSet", StringComparison.Ordinal) && t.Contains("$skip=500", StringComparison.Ordinal), CbsFault.TruncatedBody);
        using var logs = new StringWriter();

        var (exit, output, _) = await RunAsync(logs, "import", "cbs", "--table", "80137ned", "--base-url", _server.BaseAddress.AbsoluteUri);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Regionale cijfers CBS 80137ned (CBS): geladen, 8.100 cellen gelezen, 8.100 rijen geschreven", output, StringComparison.Ordinal);
        Assert.DoesNotContain("37230ned", output, StringComparison.Ordinal);   // --table: only the named table
        Assert.Contains("page 7 done", logs.ToString(), StringComparison.Ordinal);   // a progress line per page
        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, _connectionString));
        await using (var c = await warehouse.OpenAsync())
        {
            Assert.Equal(8100, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_regional_figure WHERE table_id = '80137ned'"));
        }

        var (again, second, _) = await RunAsync(null, "import", "cbs", "--table", "80137ned", "--base-url", _server.BaseAddress.AbsoluteUri);

        Assert.Equal(ExitCodes.Ok, again);
        Assert.Matches(@"CBS 80137ned \(CBS\): overgeslagen, ongewijzigd sinds \d{4}-\d\d-\d\d \d\d:\d\d \(CBS Modified\) en hetzelfde verzoek, 0 rijen geschreven", second);   // the reason, from etl_import
        Assert.Contains("Regionale cijfers: 0 rijen geschreven", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingTableDoesNotStopTheOthersAndTheExitCodeIsOne()
    {
        var (exit, output, _) = await RunAsync(null, "import", "cbs", "--table", "00000bestaatniet", "--table", "80137ned", "--base-url", _server.BaseAddress.AbsoluteUri);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("CBS 00000bestaatniet (CBS): mislukt: configuratie", output, StringComparison.Ordinal);
        Assert.Contains("CBS 80137ned (CBS): geladen", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoLoadsTheBundledRegionalSampleAndSaysItIsTheBundledSample()
    {
        var (exit, output, _) = await RunAsync(null, "demo");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Regionale cijfers CBS 70072ned (bundled sample): geladen, 22 cellen gelezen, 22 rijen geschreven", output, StringComparison.Ordinal);
        Assert.Contains("CBS-import: 5 rijen geschreven", output, StringComparison.Ordinal);
        Assert.Matches(@"Totaal\s+292\.398\s+€ 292\.398", output);
        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, _connectionString));
        await using var c = await warehouse.OpenAsync();
        var figures = (await c.QueryAsync<(string Code, string Level, double? Value)>(
            "SELECT f.cbs_code, f.region_level, f.value FROM rpt_regional_figure f JOIN dim_source s ON s.source_key = f.source_key " +
            "WHERE f.table_id = '70072ned' AND f.period = '2024JJ00' AND s.origin = 'bundled sample'")).ToList();
        Assert.Equal(11, figures.Count);
        Assert.Contains(("PV22", "provincie", 504116d), figures);
        Assert.Contains(("GM0114", "gemeente", null), figures);   // not known in the sample: NULL, never 0
        Assert.Equal("Zuidoost-Drenthe", await c.ExecuteScalarAsync<string>("SELECT corop_name FROM rpt_region WHERE cbs_code = 'GM0114'"));

        var (_, second, _) = await RunAsync(null, "demo");
        Assert.Contains("Regionale cijfers: 0 rijen geschreven", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYearWhoseTableCbsDoesNotServeFailsInDutchNamingYearAndTableWhileTheOtherYearsAndTheCatalogueLoad()
    {
        const string Missing = "99923geb";   // a configured "Gebieden in Nederland 2023" that CBS answers with 404
        Regions.ConstructedGebieden.ServeOn(_server, 2022);
        Regions.ConstructedGebieden.ServeOn(_server, 2024);
        var membership = new Dictionary<string, string?>
        {
            ["Regional:Membership:0:Year"] = "2022", ["Regional:Membership:0:TableId"] = Regions.ConstructedGebieden.Id2022,
            ["Regional:Membership:1:Year"] = "2023", ["Regional:Membership:1:TableId"] = Missing,
            ["Regional:Membership:2:Year"] = "2024", ["Regional:Membership:2:TableId"] = Regions.ConstructedGebieden.Id2024,
        };
        using var logs = new StringWriter();

        var (exit, output, _) = await RunAsync(logs, membership, "import", "cbs", "--table", Regions.ConstructedGebieden.Id2022, "--table", Missing,
            "--table", Regions.ConstructedGebieden.Id2024, "--table", "80137ned", "--base-url", _server.BaseAddress.AbsoluteUri);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains($"CBS {Regions.ConstructedGebieden.Id2022} (CBS): geladen, 7 cellen gelezen", output, StringComparison.Ordinal);
        Assert.Contains($"CBS {Regions.ConstructedGebieden.Id2024} (CBS): geladen, 7 cellen gelezen", output, StringComparison.Ordinal);
        Assert.Contains("CBS 80137ned (CBS): geladen, 8.100 cellen gelezen", output, StringComparison.Ordinal);   // the regional import goes on
        var line = output.Split('\n').Single(l => l.Contains($"CBS {Missing} ", StringComparison.Ordinal));
        Assert.Contains($"mislukt: configuratie (configuration): CBS kent tabel {Missing} (Gebieden in Nederland 2023) niet (HTTP 404)", line, StringComparison.Ordinal);
        Assert.Contains("Regional:Membership", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        var warning = logs.ToString().Split('\n').Single(l => l.StartsWith("Warning ", StringComparison.Ordinal) && l.Contains(Missing, StringComparison.Ordinal));
        Assert.Contains("Gebieden in Nederland 2023", warning, StringComparison.Ordinal);

        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, _connectionString));
        await using var c = await warehouse.OpenAsync();
        Assert.Equal("failed", await c.ExecuteScalarAsync<string>("SELECT status FROM etl_import WHERE name = @Missing", new { Missing }));
        Assert.Equal([2022, 2024], (await c.QueryAsync<int>("SELECT DISTINCT year FROM dim_region_membership ORDER BY year")).ToList());
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(TextWriter? logs, params string[] args) => RunAsync(logs, null, args);

    private async Task<(int Exit, string Output, string Error)> RunAsync(TextWriter? logs, IDictionary<string, string?>? settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = [.. args, "--data", _temp.Combine("data"), "--provider", _provider.Name, "--connection", _connectionString];
        var fast = new Dictionary<string, string?> { ["Cbs:MaxRetries"] = "4", ["Cbs:RetryBaseDelay"] = "00:00:00.005", ["Cbs:ResumeDelay"] = "00:00:00" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            fast[key] = value;
        }

        var exit = await DtzCommandLine.RunAsync(all, new DtzConsole(output, error),
            o => new DtzApp(DtzConfiguration.Build(o, fast), extraLogging: logs is null ? null : new TextWriterLoggerProvider(logs)));
        return (exit, output.ToString(), error.ToString());
    }
}

public sealed class SqliteImportCbsCommandTests : ImportCbsCommandTests<SqliteProvider>;

public sealed class PostgreSqlImportCbsCommandTests : ImportCbsCommandTests<PostgreSqlProvider>;
