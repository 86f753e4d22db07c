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

        Assert.Contains("same page", e.Message, StringComparison.Ordinal);
    }
}
