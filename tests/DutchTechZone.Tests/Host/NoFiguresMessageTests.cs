using System.Text.Json;
using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Hostile review: exit 2 ("no figures") says so on stderr; stdout carries only the result (the JSON with --json), so
/// that a script reading stdout never gets a message mixed into it.
/// </summary>
public sealed class NoFiguresMessageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task ExplainWithNothingStoredSaysSoOnStderr()
    {
        var (exit, output, error) = await RunAsync("explain", "budget", "--year", "2026");

        Assert.Equal(ExitCodes.NoFigures, exit);
        Assert.Contains("Geen opgeslagen bijdragen of middelen voor 2026", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Geen", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainJsonWithNothingStoredKeepsStdoutPureJson()
    {
        var (exit, output, error) = await RunAsync("explain", "budget", "--year", "2026", "--json");

        Assert.Equal(ExitCodes.NoFigures, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2026, json.RootElement.GetProperty("year").GetInt32());
        Assert.Contains("Geen opgeslagen bijdragen of middelen voor 2026", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("budget", "--year", "2026")]
    [InlineData("budget", "--year", "2026", "--json")]
    public async Task BudgetWithoutPopulationFiguresSaysSoOnStderrOnly(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.NoFigures, exit);
        Assert.Contains("Geen bevolkingscijfers voor de begroting 2026", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    public void Dispose() => _temp.Dispose();

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => InProcessDtz.RunAsync(_temp.Combine("data"), null, args);
}
