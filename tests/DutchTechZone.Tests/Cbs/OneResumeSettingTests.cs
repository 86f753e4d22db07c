using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Infrastructure;
using DutchTechZone.Tests.Population;

namespace DutchTechZone.Tests.Cbs;

/// <summary>
/// One pair of settings, <c>Cbs:MaxResumes</c> and <c>Cbs:ResumeDelay</c>, governs every CBS pull: the population
/// table (37230ned, a descriptor of the regional pipeline) and a regional table (80137ned) pulled by the real
/// <c>dtz import cbs</c> against the local replay server, each with a page that fails more often than its retries
/// (<c>Cbs:MaxRetries=1</c>). With one resume both load after the configured wait; with none both fail.
/// </summary>
public sealed class OneResumeSettingTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private CbsReplayServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await CbsReplayServer.StartAsync(typedPageSize: 100);
        await ConstructedPopulation.ServeOnAsync(_server, "2026-06-01T02:00:00");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Theory]
    [InlineData("1", "geladen")]
    [InlineData("0", "mislukt")]
    public async Task CbsMaxResumesAndResumeDelayGovernThePopulationPullAndTheRegionalPull(string maxResumes, string outcome)
    {
        // Twice each (one request and its one retry): the page fails, the pull is interrupted at that page.
        _server.Inject(t => t.Contains("/37230ned/TypedDataSet", StringComparison.Ordinal), CbsFault.TruncatedBody, times: 2);
        _server.Inject(t => t.Contains("/80137ned/TypedDataSet", StringComparison.Ordinal) && t.Contains("$skip=300", StringComparison.Ordinal), CbsFault.TruncatedBody, times: 2);
        using var logs = new StringWriter();

        var (exit, output) = await RunAsync(logs, new Dictionary<string, string?>
        {
            ["Cbs:MaxRetries"] = "1",
            ["Cbs:RetryBaseDelay"] = "00:00:00.001",
            ["Cbs:MaxResumes"] = maxResumes,
            ["Cbs:ResumeDelay"] = "00:00:00.2",
            ["Population:FromYear"] = "2024",
        });

        Assert.Equal(outcome == "geladen" ? ExitCodes.Ok : ExitCodes.Failure, exit);
        Assert.Contains($"CBS 37230ned (CBS): {outcome}", output, StringComparison.Ordinal);
        Assert.Contains($"Regionale cijfers CBS 80137ned (CBS): {outcome}", output, StringComparison.Ordinal);
        var resumed = logs.ToString().Split('\n').Where(l => l.Contains("resuming from", StringComparison.Ordinal)).ToList();
        if (outcome == "geladen")
        {
            // Each pull resumed once, after the configured wait (not the 30 s default).
            Assert.Single(resumed, l => l.Contains("CBS 37230ned", StringComparison.Ordinal) && l.Contains("in 00:00:00.2000000", StringComparison.Ordinal));
            Assert.Single(resumed, l => l.Contains("CBS 80137ned", StringComparison.Ordinal) && l.Contains("in 00:00:00.2000000", StringComparison.Ordinal));
        }
        else
        {
            Assert.Empty(resumed);
        }
    }

    [Fact]
    public async Task AnOldRegionalResumeSettingThatDiffersIsAConfigurationErrorNamingBothNotIgnoredInSilence()
    {
        var (exit, output) = await RunAsync(null, new Dictionary<string, string?> { ["Cbs:MaxResumes"] = "2", ["Regional:MaxResumes"] = "5" });

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Contains("Regional:MaxResumes", output, StringComparison.Ordinal);
        Assert.Contains("Cbs:MaxResumes", output, StringComparison.Ordinal);
        Assert.DoesNotContain("geladen", output, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output)> RunAsync(TextWriter? logs, Dictionary<string, string?> settings)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = ["import", "cbs", "--table", "37230ned", "--table", "80137ned", "--base-url", _server.BaseAddress.AbsoluteUri, "--data", _temp.Combine("data")];
        var exit = await DtzCommandLine.RunAsync(args, new DtzConsole(output, error),
            o => new DtzApp(DtzConfiguration.Build(o, settings), extraLogging: logs is null ? null : new TextWriterLoggerProvider(logs)));
        return (exit, output.ToString() + error);
    }
}
