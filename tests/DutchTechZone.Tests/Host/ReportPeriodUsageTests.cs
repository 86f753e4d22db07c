using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Hostile review: a <c>--period</c> that is no month (JJJJ-MM) is a usage error like <c>--year abc</c>: one bounded
/// Dutch line on stderr naming the option, exit 5 (configuration) — not exit 1, which tells an operator to try again later.
/// </summary>
public sealed class ReportPeriodUsageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("26-11")]
    [InlineData("２０２６-１１")]   // full-width digits
    [InlineData("2026-11-01")]
    public async Task AMalformedPeriodIsAConfigurationErrorOnOneDutchLine(string value)
    {
        var (exit, output, error) = await RunAsync("report", "--period", value);

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Ongeldige periode '", line, StringComparison.Ordinal);
        Assert.Contains("JJJJ-MM", line, StringComparison.Ordinal);
        ErrorBoundaryTests.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task AHugePeriodWithALineBreakIsEchoedAsOneBoundedLine()
    {
        var (exit, _, error) = await RunAsync("report", "--period", "2026\n11" + new string('x', 5_000));

        Assert.Equal(ExitCodes.Configuration, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(line.Length < 700, $"{line.Length} characters");
    }

    public void Dispose() => _temp.Dispose();

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => InProcessDtz.RunAsync(_temp.Combine("data"), null, args);
}
