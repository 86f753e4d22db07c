using Microsoft.Extensions.Logging;

namespace DutchTechZone.Tests.Cbs;

/// <summary>Paging: nextLink followed verbatim, rows streamed a page at a time, progress logged.</summary>
public sealed class CbsFeedClientPagingTests : IAsyncLifetime
{
    private CbsReplayServer _server = null!;
    private CbsTestClient _cbs = null!;

    public async Task InitializeAsync()
    {
        _server = await CbsReplayServer.StartAsync();
        _cbs = new CbsTestClient(_server.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _cbs.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task FollowsNextLinkVerbatimAcrossPages()
    {
        var rows = await CbsTestClient.ToListAsync(_cbs.Client.StreamAsync("83599NED", "UntypedDataSet"));

        Assert.Equal(15_504, rows.Count);
        var targets = _server.Requests.Select(r => r.RawTarget).ToArray();
        Assert.Equal(
            [
                "/ODataFeed/odata/83599NED/UntypedDataSet?$format=json",
                // The recorded nextLink, host rewritten by the replay server; path case and "/?" kept as CBS wrote them.
                "/ODataFeed/OData/83599NED/UntypedDataSet/?$format=json&$skip=10000",
            ],
            targets);
    }

    [Fact]
    public async Task ParsesUntypedPaddedStringsAndTreatsEmptyAsNull()
    {
        var rows = await CbsTestClient.ToListAsync(_cbs.Client.StreamAsync("83599NED", "UntypedDataSet"));

        var first = rows[0];
        Assert.Equal(135.5, first.GetNumber("OpenstaandeVacatures_1"));
        Assert.Equal("   135.5", first.GetString("OpenstaandeVacatures_1"));
        Assert.Equal("NL01", first.GetDimension("RegioS"));
        Assert.Equal("T001081", first.GetDimension("BedrijfstakkenBranchesSBI2008"));

        var empty = rows.Single(r => r.GetInt64("ID") == 12250);
        Assert.Equal(string.Empty, empty.GetString("OpenstaandeVacatures_1"));
        Assert.Null(empty.GetNumber("OpenstaandeVacatures_1"));
        Assert.Null(empty.GetInt64("OpenstaandeVacatures_1"));
        Assert.Equal("PV31", empty.GetDimension("RegioS"));
        Assert.Single(rows, r => r.GetNumber("OpenstaandeVacatures_1") is null);

        Assert.Equal(Enumerable.Range(0, 15_504).Select(i => (long)i), rows.Select(r => r.GetInt64("ID")!.Value));
    }

    [Fact]
    public async Task StreamsTheTypedDataSetOverSeveralPagesInOrder()
    {
        var rows = await CbsTestClient.ToListAsync(_cbs.Client.StreamAsync("80137ned"));

        Assert.Equal(Enumerable.Range(0, 675).Select(i => (long)i), rows.Select(r => r.GetInt64("ID")!.Value));
        Assert.Equal(
            [
                "/ODataFeed/odata/80137ned/TypedDataSet?$format=json",
                "/ODataFeed/OData/80137ned/TypedDataSet?$format=json&$skip=250",
                "/ODataFeed/OData/80137ned/TypedDataSet?$format=json&$skip=500",
            ],
            _server.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async Task LogsStructuredProgressOncePerPage()
    {
        await CbsTestClient.ToListAsync(_cbs.Client.StreamAsync("80137ned"));

        var progress = _cbs.Logger.Entries.Where(e => e.Level == LogLevel.Information).ToArray();
        Assert.Equal(3, progress.Length);
        Assert.All(progress, p => Assert.Equal("80137ned", p.Values["TableId"]));
        Assert.Equal([1, 2, 3], progress.Select(p => Convert.ToInt32(p.Values["Pages"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([250L, 500L, 675L], progress.Select(p => Convert.ToInt64(p.Values["Rows"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task FetchesTheNextPageWhileTheCurrentOneIsConsumedButNeverMoreThanOnePageAhead()
    {
        await using var rows = _cbs.Client.StreamAsync("80137ned").GetAsyncEnumerator();

        Assert.True(await rows.MoveNextAsync());
        await WaitForRequestsAsync(2);   // page 2 is on its way while page 1 is read

        for (var i = 1; i < 250; i++)
        {
            Assert.True(await rows.MoveNextAsync());
        }

        Assert.Equal(2, _server.Requests.Count);   // page 3 only once page 2 is being read
        Assert.True(await rows.MoveNextAsync());
        Assert.Equal(250, rows.Current.GetInt64("ID"));
        await WaitForRequestsAsync(3);
        Assert.Equal(3, _server.Requests.Count);
    }

    private async Task WaitForRequestsAsync(int count)
    {
        for (var waited = 0; _server.Requests.Count < count && waited < 10_000; waited += 10)
        {
            await Task.Delay(10);
        }

        Assert.Equal(count, _server.Requests.Count);
    }
}
