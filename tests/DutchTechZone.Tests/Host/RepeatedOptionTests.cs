using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Hostile review: <c>budget --year 2026 --year 2027</c> said "'2027' is geen jaartal" — a year that is one. An option
/// that takes one value and was given twice is named as such (exit 5, one Dutch line).
/// </summary>
public sealed class RepeatedOptionTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("budget", "--year", "2026", "--year", "2027")]
    [InlineData("explain", "budget", "--year", "2026", "--year", "2026")]
    [InlineData("report", "--period", "2026-10", "--period", "2026-11")]
    public async Task AnOptionGivenTwiceIsNamedAsGivenTwice(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("meer dan eens", line, StringComparison.Ordinal);
        Assert.DoesNotContain("geen jaartal", line, StringComparison.Ordinal);
        Assert.Contains("--help", line, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => InProcessDtz.RunAsync(_temp.Combine("data"), null, args);
}
