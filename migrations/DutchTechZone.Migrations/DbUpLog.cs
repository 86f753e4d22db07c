using System.Globalization;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Migrations;

/// <summary>Routes DbUp's messages to an <see cref="ILogger"/>.</summary>
internal sealed class DbUpLog(ILogger logger) : IUpgradeLog
{
    public void LogTrace(string format, params object[] args) => Write(LogLevel.Trace, null, format, args);

    public void LogDebug(string format, params object[] args) => Write(LogLevel.Debug, null, format, args);

    // DbUp narrates every step at information level; only the scripts it executes are worth that level here.
    public void LogInformation(string format, params object[] args) =>
        Write(format.StartsWith("Executing", StringComparison.Ordinal) ? LogLevel.Information : LogLevel.Debug, null, format, args);

    public void LogWarning(string format, params object[] args) => Write(LogLevel.Warning, null, format, args);

    public void LogError(string format, params object[] args) => Write(LogLevel.Error, null, format, args);

    public void LogError(Exception ex, string format, params object[] args) => Write(LogLevel.Error, ex, format, args);

    private void Write(LogLevel level, Exception? ex, string format, object[] args)
    {
        if (!logger.IsEnabled(level))
        {
            return;
        }

        var message = args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);

        // DbUp writes a failure's exception.ToString() into the text: the stack trace goes to the debug level only
        // (dtz --verbose), so that a database that goes away during a migration is one short line, not a trace.
        var trace = message.IndexOf("\n   at ", StringComparison.Ordinal);
        if (trace >= 0 && level > LogLevel.Debug)
        {
            logger.Log(LogLevel.Debug, ex, "DbUp: {Message}", message);
            logger.Log(level, "DbUp: {Message}", message[..trace].TrimEnd());
            return;
        }

        logger.Log(level, ex, "DbUp: {Message}", message);
    }
}
