using DutchTechZone.Etl.Hygiene;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Host.Output;

/// <summary>Options of <see cref="BoundedConsoleFormatter"/>.</summary>
public sealed class BoundedConsoleFormatterOptions : ConsoleFormatterOptions
{
    /// <summary>Print exceptions whole (type, message, stack trace) — only with <c>--verbose</c>.</summary>
    public bool Verbose { get; set; }

    /// <summary>The most characters of one log line without <see cref="Verbose"/>. Default 500.</summary>
    public int MaxLineLength { get; set; } = 500;
}

/// <summary>
/// One short line per log entry on stderr: the message and an exception's type and message on one line, bounded
/// (a failed CBS pull once logged 30 KB on one line). The full exception only with <c>--verbose</c>.
/// </summary>
public sealed class BoundedConsoleFormatter(IOptionsMonitor<BoundedConsoleFormatterOptions> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "dtz-bounded";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        ArgumentNullException.ThrowIfNull(textWriter);
        var settings = options.CurrentValue;
        var message = logEntry.Formatter?.Invoke(logEntry.State, null) ?? "";
        var time = settings.TimestampFormat is { } format ? TimeProvider.System.GetLocalNow().ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "";
        var line = $"{time}{Level(logEntry.LogLevel)}: {logEntry.Category}: {SafeText.OneLine(message)}";
        if (logEntry.Exception is { } e && !settings.Verbose)
        {
            line += $" ({e.GetType().Name}: {SafeText.OneLine(e.Message)})";
        }

        textWriter.WriteLine(settings.Verbose ? line : SafeText.Bound(line, settings.MaxLineLength));
        if (logEntry.Exception is { } full && settings.Verbose)
        {
            textWriter.WriteLine(full.ToString());
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
