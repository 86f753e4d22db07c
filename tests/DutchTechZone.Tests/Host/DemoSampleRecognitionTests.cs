using System.Text.RegularExpressions;
using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;
using DutchTechZone.Tests.Spreadsheets;

namespace DutchTechZone.Tests.Host;

/// <summary>Issue #10 §5: <c>demo</c> recognises its samples by content, so a real delivery named like a sample is never overwritten.</summary>
public sealed class DemoSampleRecognitionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ARealDeliveryNamedLikeASampleIsNotOverwrittenByTheSamples()
    {
        var real = new TestWorkbook().Sheet("Middelen",
            ["Jaar", "Financieringsbron", "Gemeente", "Bedrag", "Toelichting"],
            [2026, "Overgebleven middelen", null, 50000, null]).Save(_temp.Combine("Middelen_2026.xlsx"));
        Assert.Equal(ExitCodes.Ok, (await RunAsync("ingest", real)).Exit);

        var (exit, output, _) = await RunAsync("demo");

        var carryOver = output.Split('\n').FirstOrDefault(l => l.Contains("Overgebleven middelen 2025", StringComparison.Ordinal)) ?? string.Empty;
        Assert.Equal("€ 50.000", Regex.Match(carryOver, @"€ [\d.]+").Value);   // the real delivery's carry-over, not the sample's € 45.870
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("de voorbeeldbestanden worden niet geladen", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSamplesThemselvesStillCountAsSamples()
    {
        await RunAsync("demo");

        var (exit, output, _) = await RunAsync("demo");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.DoesNotContain("echte aanleveringen", output, StringComparison.Ordinal);
        Assert.Matches(@"Overgebleven middelen 2025\s+€ 45\.870", output);
    }

    public void Dispose() => _temp.Dispose();

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => InProcessDtz.RunAsync(_temp.Combine("data"), null, args);
}
