using DutchTechZone.Host.Output;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Tests.Host;

/// <summary>Issue #8: stderr log lines stay short without --verbose (a failed CBS pull once logged 30 KB on one line).</summary>
public sealed class BoundedConsoleFormatterTests
{
    [Fact]
    public void AHugeExceptionIsOneShortLineWithoutVerbose()
    {
        var text = Write(verbose: false);

        var lines = text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.True(line.Length <= 500, $"{line.Length} characters");
        Assert.Contains("InvalidOperationException", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void VerboseWritesTheWholeException()
    {
        var text = Write(verbose: true);

        Assert.Contains("   at ", text, StringComparison.Ordinal);
        Assert.True(text.Length > 30_000);
    }

    private static string Write(bool verbose)
    {
        Exception error;
        try
        {
            throw new InvalidOperationException("CBS zegt: " + new string('x', 30_000));
        }
        catch (InvalidOperationException e)
        {
            error = e;
        }

        var formatter = new BoundedConsoleFormatter(new Monitor(new BoundedConsoleFormatterOptions { Verbose = verbose }));
        using var writer = new StringWriter();
        formatter.Write(new LogEntry<string>(LogLevel.Error, "DutchTechZone.Etl.Population", default, "CBS 37230ned failed\nnep-regel", error, (s, _) => s), null, writer);
        return writer.ToString();
    }

    private sealed class Monitor(BoundedConsoleFormatterOptions value) : IOptionsMonitor<BoundedConsoleFormatterOptions>
    {
        public BoundedConsoleFormatterOptions CurrentValue => value;

        public BoundedConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<BoundedConsoleFormatterOptions, string?> listener) => null;
    }
}
