using System.Text.Json;
using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Hostile review: <c>dtz ingest FILE</c> with a file that does not exist exited 5 with its only line on stdout and
/// nothing on stderr — a script that shows stderr on failure showed nothing. The failure is one Dutch line on stderr
/// naming the file; with <c>--json</c> stdout is still the JSON alone.
/// </summary>
public sealed class IngestMissingFileMessageTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task AMissingFileIsOneDutchLineOnStderr()
    {
        var missing = _temp.Combine("bestaat-niet.xlsx");

        var (exit, output, error) = await RunAsync("ingest", missing);

        Assert.Equal(ExitCodes.Configuration, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.StartsWith("Warehouse ", StringComparison.Ordinal));
        Assert.Contains("bestaat-niet.xlsx", line, StringComparison.Ordinal);
        Assert.Contains("niet gevonden", line, StringComparison.Ordinal);
        Assert.DoesNotContain("niet gevonden", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithJsonStdoutIsStillTheJsonAlone()
    {
        var missing = _temp.Combine("bestaat-niet.xlsx");

        var (exit, output, error) = await RunAsync("ingest", missing, "--json");

        Assert.Equal(ExitCodes.Configuration, exit);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(1, document.RootElement.GetProperty("files").GetArrayLength());
        Assert.Contains("niet gevonden", error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => InProcessDtz.RunAsync(_temp.Combine("data"), null, args);
}
