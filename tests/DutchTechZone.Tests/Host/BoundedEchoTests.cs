using System.Text;
using System.Text.Json;
using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Issue #8 §2: a huge cell of a rejected file is echoed bounded, with an ellipsis, everywhere the product echoes it:
/// the JSON and text output of <c>dtz ingest</c> and the error reports beside the rejected file.
/// </summary>
public sealed class BoundedEchoTests : IDisposable
{
    private const int Huge = 1024 * 1024;
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AMegabyteCellIsEchoedBoundedInTheOutputAndTheReports(bool json)
    {
        var file = _temp.Combine("Middelen_groot_2026.csv");
        await File.WriteAllTextAsync(file, "Jaar;Financieringsbron;Gemeente;Bedrag;Toelichting\r\n2026;Overig;;" + new string('9', Huge) + ";\r\n", new UTF8Encoding(false));

        var (exit, output, error) = await RunAsync(json ? ["ingest", file, "--json"] : ["ingest", file]);

        Assert.Equal(ExitCodes.Rejected, exit);
        Assert.True(output.Length + error.Length < 20_000, $"{output.Length + error.Length} characters of output for one bad cell");
        if (json)
        {
            using var document = JsonDocument.Parse(output);
            var value = document.RootElement.GetProperty("files")[0].GetProperty("errors").EnumerateArray()
                .Select(e => e.GetProperty("value").GetString()).Single(v => v is not null && v.StartsWith("999", StringComparison.Ordinal))!;
            Assert.EndsWith("…", value, StringComparison.Ordinal);
        }

        var reports = Directory.GetFiles(_temp.Combine("data", "drop", "rejected"), "*.fouten.*");
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.True(new FileInfo(r).Length < 50_000, $"{Path.GetFileName(r)}: {new FileInfo(r).Length} bytes"));
        Assert.All(reports, r => Assert.Contains("…", File.ReadAllText(r), StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    private Task<(int Exit, string Output, string Error)> RunAsync(string[] args) => InProcessDtz.RunAsync(_temp.Combine("data"), null, args);
}
