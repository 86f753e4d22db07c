using DutchTechZone.Host.Output;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Host.Composition;

/// <summary>
/// Logging of both hosts: to stderr (stdout is for results), one line per event; JSON lines when
/// <c>Logging:Format</c> is <c>json</c> (for an operator's log collector).
/// </summary>
public static class DtzLogging
{
    public static void Configure(ILoggingBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        builder.ClearProviders();

        // Defaults first: configuration (Logging:LogLevel:…) given later wins over them.
        builder.AddFilter("Microsoft", LogLevel.Warning);
        builder.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.AddFilter("Hangfire", LogLevel.Warning);
        // A host that fails to start is reported by the error boundary as one line; its own log would repeat it with a stack trace.
        builder.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.AddConfiguration(configuration.GetSection("Logging"));
        if (string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            // One bounded line per event (a failed CBS pull once logged 30 KB on one line); the whole exception only with --verbose.
            builder.AddConsoleFormatter<BoundedConsoleFormatter, BoundedConsoleFormatterOptions>(o =>
            {
                o.TimestampFormat = "HH:mm:ss ";
                o.Verbose = string.Equals(configuration["Logging:LogLevel:Default"], "Debug", StringComparison.OrdinalIgnoreCase);
            });
        }

        builder.AddConsole(o =>
        {
            o.LogToStandardErrorThreshold = LogLevel.Trace;
            if (!string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
            {
                o.FormatterName = BoundedConsoleFormatter.FormatterName;
            }
        });
    }
}
