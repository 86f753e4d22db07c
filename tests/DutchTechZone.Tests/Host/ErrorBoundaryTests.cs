using DutchTechZone.Etl.Intake;
using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Issue #8, the error boundary: whatever an operator types, <c>dtz</c> answers with a short Dutch message that
/// names the option or path, a documented exit code, and never a stack trace (only with <c>--verbose</c>).
/// </summary>
public sealed class ErrorBoundaryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("postgresql", "Host=127.0.0.1;Port=abc")]
    [InlineData("postgresql", "Bogus=1")]
    [InlineData("sqlite", "Bogus=1")]
    public async Task AMalformedConnectionStringNamesTheOptionWithoutAStackTrace(string provider, string connection)
    {
        var (exit, output, error) = await RunAsync("migrate", "--provider", provider, "--connection", connection);

        Assert.Equal(ExitCodes.Configuration, exit);
        AssertNoStackTrace(output + error);
        Assert.Contains("--connection", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerboseShowsTheFullException()
    {
        var (exit, _, error) = await RunAsync("migrate", "--provider", "postgresql", "--connection", "Bogus=1", "--verbose");

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Contains("ArgumentException", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("99999")]
    public async Task ABudgetYearOutsideTheWarehouseNamesTheOption(string year)
    {
        var (exit, output, error) = await RunAsync("budget", "--year", year);

        Assert.Equal(ExitCodes.Configuration, exit);
        AssertNoStackTrace(output + error);
        Assert.Contains("--year", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--year", "0")]
    [InlineData("--year", "99999")]
    [InlineData("--municipality", "GM9999")]
    [InlineData("--municipality", "")]
    public async Task ExplainWithAYearOrMunicipalityItCannotHaveNamesTheOption(string option, string value)
    {
        string[] args = option == "--year" ? ["explain", "budget", "--year", value] : ["explain", "budget", "--year", "2026", option, value];

        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Configuration, exit);
        AssertNoStackTrace(output + error);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--table", "")]
    [InlineData("--table", "70072ned;drop")]
    [InlineData("--base-url", "ftp://x")]
    public async Task ImportCbsWithATableOrAddressItCannotUseNamesTheOption(string option, string value)
    {
        var (exit, output, error) = await RunAsync("import", "cbs", option, value);

        Assert.Equal(ExitCodes.Configuration, exit);
        AssertNoStackTrace(output + error);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TemplatesIntoAnExistingFileNamesThePath()
    {
        var file = _temp.Combine("bestaat.txt");
        await File.WriteAllTextAsync(file, "x");

        var (exit, output, error) = await RunAsync("templates", "--out", file);

        Assert.Equal(ExitCodes.Configuration, exit);
        AssertNoStackTrace(output + error);
        Assert.Contains(file, error, StringComparison.Ordinal);
        Assert.Equal("x", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task ADataFolderThatCannotBeCreatedNamesThePath()
    {
        var file = _temp.Combine("een-bestand");
        await File.WriteAllTextAsync(file, "x");
        var data = Path.Combine(file, "data");

        var (exit, output, error) = await RunAsync(["migrate"], data);

        Assert.Equal(ExitCodes.Configuration, exit);
        AssertNoStackTrace(output + error);
        Assert.Contains(data, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestOfAMissingFileDoesNotClaimItIsBackInIncoming()
    {
        var missing = _temp.Combine("bestaat-niet.csv");

        var (exit, output, error) = await RunAsync("ingest", missing);

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.DoesNotContain("incoming", output + error, StringComparison.Ordinal);
        Assert.Contains("niet gevonden", error, StringComparison.Ordinal);   // the failure on stderr (hostile review)
    }

    [Fact]
    public async Task ABusyDropFolderIsReportedAsBusyNotAsAFileError()
    {
        var folder = new DropFolder(Path.Combine(_temp.Combine("data"), "drop"));
        using var held = folder.TryLock();
        Assert.NotNull(held);

        var (exit, output, error) = await RunAsync("ingest");

        Assert.Equal(ExitCodes.Busy, exit);
        Assert.DoesNotContain("Bestandsfout", output + error, StringComparison.Ordinal);
        Assert.Contains("bezig", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYearWithoutAConfiguredRateIsAConfigurationErrorNotMissingFigures()
    {
        var (exit, output, error) = await RunAsync("budget", "--year", "2031");

        Assert.Equal(ExitCodes.Configuration, exit);
        AssertNoStackTrace(output + error);
        Assert.Contains("Budget:Years:2031:Rate", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASqliteConnectionNeverCreatesFoldersOutsideTheDataFolder()
    {
        var outside = _temp.Combine("elders", "diep");
        var connection = $"Data Source={Path.Combine(outside, "warehouse.db")}";

        var (exit, output, error) = await RunAsync(["migrate", "--connection", connection], _temp.Combine("data"));

        Assert.Equal(ExitCodes.Configuration, exit);
        AssertNoStackTrace(output + error);
        Assert.False(Directory.Exists(_temp.Combine("elders")), "no folder is created outside the data folder");
        Assert.Contains(outside, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnexpectedFailureIsReportedAsABugWithoutAStackTrace()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await DtzCommandLine.RunAsync(["migrate", "--data", _temp.Combine("data")], new DtzConsole(output, error),
            _ => throw new InvalidProgramException("kapot"));

        Assert.Equal(ExitCodes.Bug, exit);
        AssertNoStackTrace(output.ToString() + error);
        Assert.Contains("kapot", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    internal static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("Unhandled exception", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 500, $"an error line of {line.Length} characters"));
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => RunAsync(args, _temp.Combine("data"));

    private static Task<(int Exit, string Output, string Error)> RunAsync(string[] args, string data) => InProcessDtz.RunAsync(data, null, args);
}
