using DutchTechZone.Etl.Cbs;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Tests.Cbs;

/// <summary>Retries per page (same URL again), interruption with a resume URL, and resuming.</summary>
public sealed class CbsFeedClientResilienceTests : IAsyncLifetime
{
    private const string Page1 = "/ODataFeed/odata/80137ned/TypedDataSet?$format=json";
    private const string Page2 = "/ODataFeed/OData/80137ned/TypedDataSet?$format=json&$skip=250";
    private const string Page3 = "/ODataFeed/OData/80137ned/TypedDataSet?$format=json&$skip=500";

    private CbsReplayServer _server = null!;

    public async Task InitializeAsync() => _server = await CbsReplayServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(CbsFault.ServiceUnavailable)]
    [InlineData(CbsFault.TooManyRequests)]
    [InlineData(CbsFault.TruncatedBody)]
    [InlineData(CbsFault.ConnectionReset)]
    public async Task RecoversFromAFailedPageTwoByRequestingThatPageAgain(CbsFault fault)
    {
        using var cbs = new CbsTestClient(_server.BaseAddress);
        _server.Inject(t => t == Page2, fault, times: 2);

        var rows = await CbsTestClient.ToListAsync(cbs.Client.StreamAsync("80137ned"));

        Assert.Equal(Enumerable.Range(0, 675).Select(i => (long)i), rows.Select(r => r.GetInt64("ID")!.Value));
        Assert.Equal([Page1, Page2, Page2, Page2, Page3], _server.Requests.Select(r => r.RawTarget));
        Assert.Equal(2, cbs.Logger.Entries.Count(e => e.Level == LogLevel.Warning));
    }

    [Fact]
    public async Task RetriesARequestThatTimesOut()
    {
        using var cbs = new CbsTestClient(_server.BaseAddress, requestTimeout: TimeSpan.FromMilliseconds(300));
        _server.Inject(t => t == Page2, CbsFault.Hang);

        var rows = await CbsTestClient.ToListAsync(cbs.Client.StreamAsync("80137ned"));

        Assert.Equal(675, rows.Count);
        Assert.Equal(2, _server.CountRequests(Page2));
    }

    [Fact]
    public async Task RetriesMetadataRequestsToo()
    {
        using var cbs = new CbsTestClient(_server.BaseAddress);
        _server.Inject(t => t.Contains("/TableInfos", StringComparison.Ordinal), CbsFault.ServiceUnavailable, times: 3);

        var info = await cbs.Client.GetTableInfoAsync("80137ned");

        Assert.Equal("80137ned", info.Identifier);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task ThrowsPullInterruptedWithTheFailedPageAndResumeFinishesThePullWithoutRepeats()
    {
        using var cbs = new CbsTestClient(_server.BaseAddress, maxRetries: 2);
        _server.Inject(t => t == Page3, CbsFault.ServiceUnavailable, times: 1000);

        var delivered = new List<long>();
        var interrupted = await Assert.ThrowsAsync<CbsPullInterruptedException>(async () =>
        {
            await foreach (var row in cbs.Client.StreamAsync("80137ned"))
            {
                delivered.Add(row.GetInt64("ID")!.Value);
            }
        });

        Assert.Equal(new Uri(_server.Root, Page3.TrimStart('/')), interrupted.ResumeUrl);
        Assert.Equal(500, interrupted.RowsDelivered);
        Assert.Equal(500, delivered.Count);
        Assert.Equal(3, _server.CountRequests(Page3)); // first attempt + 2 retries
        Assert.Equal(1, _server.CountRequests(Page1)); // never restarted from the start

        _server.ClearFaults();
        var resumed = await CbsTestClient.ToListAsync(cbs.Client.ResumeAsync(interrupted.ResumeUrl));

        delivered.AddRange(resumed.Select(r => r.GetInt64("ID")!.Value));
        Assert.Equal(Enumerable.Range(0, 675).Select(i => (long)i), delivered);
        Assert.Equal(1, _server.CountRequests(Page1));
        Assert.Equal(4, _server.CountRequests(Page3));
    }

    [Fact]
    public async Task ReportsTheFirstPageAsResumeUrlWhenTheFirstPageFails()
    {
        using var cbs = new CbsTestClient(_server.BaseAddress, maxRetries: 1);
        _server.Inject(t => t == Page1, CbsFault.TruncatedBody, times: 1000);

        var interrupted = await Assert.ThrowsAsync<CbsPullInterruptedException>(
            () => CbsTestClient.ToListAsync(cbs.Client.StreamAsync("80137ned")));

        Assert.Equal(new Uri(_server.BaseAddress, "80137ned/TypedDataSet?$format=json"), interrupted.ResumeUrl);
        Assert.Equal(0, interrupted.RowsDelivered);
        Assert.Equal("80137ned", interrupted.TableId);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(interrupted.InnerException);
    }

    [Fact]
    public async Task DoesNotRetryWhenTheCallerCancels()
    {
        using var cbs = new CbsTestClient(_server.BaseAddress);
        _server.Inject(t => t == Page1, CbsFault.Hang);
        using var cancel = new CancellationTokenSource();
        var pull = CbsTestClient.ToListAsync(cbs.Client.StreamAsync("80137ned", ct: cancel.Token));

        // Cancel once the hanging request has reached the server (a fixed delay could fire before it does on a busy machine).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (_server.Requests.Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pull);
        Assert.Single(_server.Requests);
    }
}
