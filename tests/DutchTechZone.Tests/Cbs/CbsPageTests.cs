using System.Text;
using DutchTechZone.Etl.Cbs;

namespace DutchTechZone.Tests.Cbs;

public sealed class CbsPageTests
{
    [Fact]
    public void ANextLinkThatPointsAtTheSamePageIsRefusedInsteadOfLoopingForever()
    {
        var url = new Uri("http://127.0.0.1:1/ODataFeed/odata/37230ned/TypedDataSet?$format=json&$skip=10000");
        var body = Encoding.UTF8.GetBytes("{\"value\":[{\"ID\":1}],\"odata.nextLink\":\"" + url + "\"}");

        var e = Assert.Throws<CbsException>(() => CbsPage.Parse(body, "37230ned", url));

        Assert.Contains("dezelfde pagina", e.Message, StringComparison.Ordinal);
    }
}

public sealed class CbsNextLinkCycleTests
{
    [Fact]
    public async Task NextLinksThatLeadBackToAnEarlierPageStopThePull()
    {
        var baseAddress = new Uri("http://cycle.invalid/ODataFeed/odata/");
        using var http = new HttpClient(new TwoPagesInACircle(baseAddress));
        var client = new CbsFeedClient(http, new CbsOptions { BaseAddress = baseAddress }, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<CbsFeedClient>.Instance);

        var rows = 0;
        var e = await Assert.ThrowsAsync<CbsException>(async () =>
        {
            await foreach (var _ in client.StreamAsync("37230ned"))
            {
                rows++;
            }
        });

        Assert.Equal(2, rows);
        Assert.Contains("al gelezen", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Page A links to page B, page B back to page A.</summary>
    private sealed class TwoPagesInACircle(Uri baseAddress) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var onB = request.RequestUri!.Query.Contains("skip=1", StringComparison.Ordinal);
            var next = new Uri(baseAddress, "37230ned/TypedDataSet?$format=json" + (onB ? "" : "&$skip=1"));
            var body = "{\"value\":[{\"ID\":" + (onB ? 1 : 0) + "}],\"odata.nextLink\":\"" + next + "\"}";
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
