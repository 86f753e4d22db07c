using System.Text.Json;
using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// <c>dtz</c> end to end, in process, against each real database: migrate, import the bundled snapshot through the
/// real CBS client, compute and print the budget.
/// </summary>
public abstract class DtzCommandLineTests<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private static readonly Dictionary<string, decimal> Jaarplan2026 = new()
    {
        ["GM0114"] = 109754m, ["GM1681"] = 26112m, ["GM0109"] = 35740m, ["GM0160"] = 63895m, ["GM0118"] = 56897m,
    };

    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private readonly string _connectionString;

    protected DtzCommandLineTests() => _connectionString = _provider.CreateEmptyDatabase(_temp);

    [Fact]
    public async Task DemoPrintsTheJaarplanContributionsAndTheirTotal()
    {
        var (exit, output, _) = await RunAsync("demo");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Emmen", output, StringComparison.Ordinal);
        Assert.Contains("€ 109.754", output, StringComparison.Ordinal);
        Assert.Contains("€ 56.897", output, StringComparison.Ordinal);
        Assert.Matches(@"Totaal\s+292\.398\s+€ 292\.398", output);
        Assert.Contains("bundled sample", output, StringComparison.Ordinal);
        Assert.Contains("CBS-import: 5 rijen geschreven", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondDemoWritesNoRowsThroughTheCbsImport()
    {
        await RunAsync("demo");

        var (exit, output, _) = await RunAsync("demo");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("CBS-import: 0 rijen geschreven", output, StringComparison.Ordinal);
        Assert.Contains("overgeslagen", output, StringComparison.Ordinal);
        Assert.Matches(@"Totaal\s+292\.398\s+€ 292\.398", output);
    }

    [Fact]
    public async Task BudgetJsonGivesExactlyTheJaarplan2026Amounts()
    {
        await RunAsync("demo");

        var (exit, output, _) = await RunAsync("budget", "--year", "2026", "--json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2026, root.GetProperty("year").GetInt32());
        Assert.Equal(1.00m, root.GetProperty("rate").GetDecimal());
        Assert.Equal("provisional", root.GetProperty("status").GetString());
        Assert.Equal("2025-09-30", root.GetProperty("referenceDate").GetString());
        Assert.Equal("bundled sample", root.GetProperty("source").GetString());
        var contributions = root.GetProperty("contributions").EnumerateArray().ToList();
        Assert.Equal(Jaarplan2026.Count, contributions.Count);
        foreach (var c in contributions)
        {
            var expected = Jaarplan2026[c.GetProperty("cbsCode").GetString()!];
            Assert.Equal(expected, c.GetProperty("inhabitants").GetInt64());
            Assert.Equal(expected, c.GetProperty("amount").GetDecimal());
            Assert.Equal("provisional", c.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, c.GetProperty("settlement").ValueKind);
        }

        Assert.Equal(292398.00m, root.GetProperty("contributionsTotal").GetDecimal());
        Assert.Contains("\"contributionsTotal\": 292398.00", output, StringComparison.Ordinal);
        Assert.Equal(45870.00m, root.GetProperty("carryOver").GetDecimal());
        Assert.Equal(338268.00m, root.GetProperty("totalAvailable").GetDecimal());
        var plan = root.GetProperty("networkPlan");
        Assert.Equal(125000.00m, plan.GetProperty("budgeted").GetDecimal());
        Assert.Equal(30000.00m, plan.GetProperty("earmarked").GetDecimal());
        Assert.Equal(307266.00m, plan.GetProperty("reserved").GetDecimal());
        Assert.Equal(4, root.GetProperty("themes").GetArrayLength());
    }

    [Fact]
    public async Task ASecondDemoRecognisesTheSampleFilesAsDuplicates()
    {
        await RunAsync("demo");

        var (_, output, _) = await RunAsync("demo");

        Assert.Contains("Middelen_2026.xlsx: al eerder geladen", output, StringComparison.Ordinal);
        Assert.Matches(@"Totaal beschikbare middelen\s+€ 338\.268", output);
    }

    [Fact]
    public async Task IngestOfABadFileExitsThreeWithEveryErrorLocatedInJson()
    {
        var file = _temp.Combine("Realisatie_Emmen_2026.csv");
        await File.WriteAllTextAsync(file,
            "Datum;Partner;Thema;Activiteit;Omschrijving;Kenmerk;Status;Bedrag\r\n" +
            "12-2-2026;Gemeente Emmen;1;Koplopers;Opdracht;E-1;Verplicht;1,234.56\r\n" +
            "31-2-2026;Gemeente Emmen;7;Koplopers;Termijn;E-2;Betaald;100\r\n");

        var (exit, output, _) = await RunAsync("ingest", file, "--json");

        Assert.Equal(ExitCodes.Rejected, exit);
        using var json = JsonDocument.Parse(output);
        var result = Assert.Single(json.RootElement.GetProperty("files").EnumerateArray().ToList());
        Assert.Equal("Realisatie_Emmen_2026.csv", result.GetProperty("file").GetString());
        Assert.Equal("rejected", result.GetProperty("status").GetString());
        Assert.Equal(0, result.GetProperty("rows").GetInt32());
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        var amount = Assert.Single(errors, e => e.GetProperty("row").GetInt32() == 2);
        Assert.Equal("H (Bedrag)", amount.GetProperty("column").GetString());
        Assert.Equal("1,234.56", amount.GetProperty("value").GetString());
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 3 && e.GetProperty("column").GetString()!.StartsWith('A'));
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == 3 && e.GetProperty("column").GetString()!.StartsWith('C'));
        Assert.True(File.Exists(file), "the given file stays where it was");
    }

    [Fact]
    public async Task DemoNeverLoadsItsSamplesOverRealDeliveries()
    {
        var file = _temp.Combine("Middelen_definitief_2026.csv");
        await File.WriteAllTextAsync(file, "Jaar;Financieringsbron;Gemeente;Bedrag;Toelichting\r\n2026;Overgebleven middelen;;50.000;\r\n");
        Assert.Equal(ExitCodes.Ok, (await RunAsync("ingest", file)).Exit);

        var (exit, output, _) = await RunAsync("demo");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("de voorbeeldbestanden worden niet geladen", output, StringComparison.Ordinal);
        Assert.Matches(@"Overgebleven middelen 2025\s+€ 50\.000", output);
    }

    [Fact]
    public async Task TemplatesAreWrittenAsXlsxAndCsv()
    {
        var folder = _temp.Combine("sjablonen");

        var (exit, _, _) = await RunAsync("templates", "--out", folder);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(5, Directory.GetFiles(folder, "*.xlsx").Length);
        Assert.Equal(5, Directory.GetFiles(folder, "*.csv").Length);
    }

    [Fact]
    public async Task BudgetForAYearWithoutFiguresExitsTwoAndSaysWhich()
    {
        await RunAsync("migrate");

        var (exit, _, error) = await RunAsync("budget", "--year", "2026", "--json");

        Assert.Equal(ExitCodes.NoFigures, exit);
        Assert.Contains("Emmen (GM0114)", error, StringComparison.Ordinal);
        Assert.Contains("2026", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePasswordOfTheConnectionStringNeverReachesTheOutputOrTheLogs()
    {
        var secret = "S3cret-" + Guid.NewGuid().ToString("N")[..6];
        using var logs = new StringWriter();

        var (exit, output, error) = await RunAsync(["demo"], _connectionString + ";Password=" + secret, logs);

        Assert.DoesNotContain(secret, output + error + logs, StringComparison.Ordinal);
        Assert.Contains(_provider.Name, error, StringComparison.Ordinal);   // the connection was described, redacted
        if (_provider.Provider == DutchTechZone.Database.WarehouseProvider.PostgreSql)
        {
            // The test server trusts local connections, so the password is ignored and the demo runs and logs fully.
            Assert.Equal(ExitCodes.Ok, exit);
            Assert.Contains("***", error, StringComparison.Ordinal);
            Assert.Contains("Information", logs.ToString(), StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => RunAsync(args, _connectionString);

    private async Task<(int Exit, string Output, string Error)> RunAsync(string[] args, string connection, TextWriter? logs = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = [.. args, "--data", _temp.Combine("data"), "--provider", _provider.Name, "--connection", connection];
        var exit = await DtzCommandLine.RunAsync(all, new DtzConsole(output, error),
            o => new DtzApp(DtzConfiguration.Build(o), extraLogging: logs is null ? null : new TextWriterLoggerProvider(logs)));
        return (exit, output.ToString(), error.ToString());
    }
}

public sealed class SqliteDtzCommandLineTests : DtzCommandLineTests<SqliteProvider>;

public sealed class PostgreSqlDtzCommandLineTests : DtzCommandLineTests<PostgreSqlProvider>;
