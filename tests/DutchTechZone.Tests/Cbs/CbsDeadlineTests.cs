using System.Diagnostics;
using DutchTechZone.Etl.Cbs;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Tests.Cbs;

/// <summary>Issue #8 §4: a table has an overall deadline, and the resume count and delay are configuration.</summary>
public sealed class CbsDeadlineTests : IAsyncLifetime
{
    private const string Page2 = "/ODataFeed/OData/80137ned/TypedDataSet?$format=json&$skip=250";
    private CbsReplayServer _server = null!;

    public async Task InitializeAsync() => _server = await CbsReplayServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ATableThatKeepsFailingStopsAtItsDeadlineNotAfterEveryRetry()
    {
        using var cbs = new CbsTestClient(_server.BaseAddress, maxRetries: 1000, requestTimeout: TimeSpan.FromMilliseconds(200));
        cbs.Options.TableDeadline = TimeSpan.FromSeconds(2);
        var client = new CbsFeedClient(new HttpClient(), cbs.Options, TimeProvider.System, cbs.Logger);
        _server.Inject(t => t == Page2, CbsFault.Hang, times: 100_000);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<CbsException>(() => CbsTestClient.ToListAsync(client.StreamAsync("80137ned")));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
        Assert.Contains("Cbs:TableDeadline", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResumeCountDelayAndDeadlineAreReadFromTheCbsSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cbs:MaxResumes"] = "0",
            ["Cbs:ResumeDelay"] = "00:00:01",
            ["Cbs:TableDeadline"] = "00:05:00",
        }).Build();

        var options = configuration.GetSection("Cbs").Get<CbsOptions>()!;

        Assert.Equal((0, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5)), (options.MaxResumes, options.ResumeDelay, options.TableDeadline));
    }
}
