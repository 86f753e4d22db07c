using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Hostile review: two configuration errors of start-up ended their Dutch line in English — an unknown
/// <c>--provider</c> ("Unknown warehouse provider 'foo': use sqlite, …") and a <c>--data</c> that is a file ("… kan niet
/// worden aangemaakt: The file '…' already exists."). One Dutch line, exit 5, no framework text.
/// </summary>
public sealed class StartupMessagesInDutchTests : IDisposable
{
    private static readonly string[] English = ["Unknown", "use sqlite", "The file", "already exists", "Not a directory", "Access to the path"];
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task AnUnknownProviderIsNamedInDutch()
    {
        var (exit, error) = await RunAsync("migrate", "--provider", "foo", "--data", _temp.Combine("data"));

        Assert.Equal(ExitCodes.Configuration, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'foo'", line, StringComparison.Ordinal);
        Assert.Contains("sqlite, postgresql of sqlserver", line, StringComparison.Ordinal);
        Assert.All(English, e => Assert.DoesNotContain(e, line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sub")]
    public async Task ADataFolderThatIsAFileIsNamedInDutch(string below)
    {
        var file = _temp.Combine("een-bestand");
        await File.WriteAllTextAsync(file, "x");

        var (exit, error) = await RunAsync("migrate", "--data", below.Length == 0 ? file : Path.Combine(file, below));

        Assert.Equal(ExitCodes.Configuration, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("een-bestand", line, StringComparison.Ordinal);
        Assert.Contains("bestand", line.Replace("een-bestand", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(English, e => Assert.DoesNotContain(e, line, StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    private static async Task<(int Exit, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DtzCommandLine.RunAsync(args, new DtzConsole(output, error), o => new DtzApp(DtzConfiguration.Build(o)));
        return (exit, error.ToString());
    }
}
