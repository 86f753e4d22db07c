using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Hostile review: what the command line itself cannot parse (a value that is no number, an unknown option or command,
/// a missing required option) is a configuration error like any other: one short Dutch line on stderr naming the
/// option, exit 5 — not System.CommandLine's English error with the help text and exit 1. <c>--help</c> still works.
/// </summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("budget", "--year", "abc")]
    [InlineData("explain", "budget", "--year", "abc")]
    public async Task AYearThatIsNoNumberNamesTheOptionInDutchAndExitsFive(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Equal("Ongeldige waarde voor --year: 'abc' is geen jaartal (verwacht 2000–2040).", error.Trim());
        Assert.Equal(string.Empty, output);
    }

    [Theory]
    [InlineData("--bogus", "budget", "--year", "2026", "--bogus")]
    [InlineData("budgte", "budgte")]
    [InlineData("--year", "budget")]
    [InlineData("--year", "explain", "budget")]
    [InlineData("opdracht", "import")]
    public async Task AnyOtherUsageErrorIsOneDutchLineOnStderrAndExitsFive(string named, params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Contains("--help", line, StringComparison.Ordinal);
        foreach (var english in new[] { "Unrecognized", "is required", "Required", "Cannot parse" })
        {
            Assert.DoesNotContain(english, line, StringComparison.Ordinal);
        }

        ErrorBoundaryTests.AssertNoStackTrace(output + error);
    }

    [Fact]
    public async Task WhatWasTypedIsEchoedAsOneBoundedLine()
    {
        var (exit, _, error) = await RunAsync("budget", "--year", "20\n26" + new string('x', 5_000));

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Contains("--year", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        ErrorBoundaryTests.AssertNoStackTrace(error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("budget", "--help")]
    [InlineData("explain", "budget", "--help")]
    public async Task HelpStillWorks(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    public void Dispose() => _temp.Dispose();

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => InProcessDtz.RunAsync(_temp.Combine("data"), null, args);
}
