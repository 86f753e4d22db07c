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
            builder.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        builder.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
