using System.Globalization;
using DutchTechZone.Host.Composition;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// The numbers of a CBS pull that the client and the regional import take as given: <c>Cbs:MaxRetries</c> (0 or more),
/// <c>Cbs:RequestTimeout</c> (more than 0), <c>Regional:BatchSize</c> and <c>Regional:RegionsPerRequest</c> (1 or more).
/// Out of range they stopped dtz as a bug in English (<c>MaxRetries -1</c>, exit 70) or failed each regional table with
/// "Non-negative number required" (<c>BatchSize -5</c>): checked before anything runs, as a configuration error.
/// A <c>Regional:Catalogue:N:FromYear</c> must be a year. A value that is no number at all is reported by
/// <see cref="ConfigurationBindingError"/>.
/// </summary>
internal static class CbsSettingsCheck
{
    public static void Check(IConfiguration configuration)
    {
        AtLeast(configuration, "Cbs:MaxRetries", 0);
        AtLeast(configuration, "Regional:BatchSize", 1);
        AtLeast(configuration, "Regional:RegionsPerRequest", 1);
        foreach (var entry in configuration.GetSection("Regional:Catalogue").GetChildren())
        {
            // A FromYear that is no whole year was dropped in silence: the table came in from its first year.
            if (entry["FromYear"] is { } from
                && (!int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100))
            {
                throw new DtzConfigurationException($"Regional:Catalogue:{entry.Key}:FromYear '{from}' is geen jaar tussen 1900 en 2100.");
            }
        }

        if (configuration["Cbs:RequestTimeout"] is { } text
            && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var timeout) && timeout <= TimeSpan.Zero)
        {
            throw new DtzConfigurationException($"Cbs:RequestTimeout '{text}' is geen wachttijd van meer dan 0 (uu:mm:ss, bijvoorbeeld 00:01:40).");
        }
    }

    private static void AtLeast(IConfiguration configuration, string name, int minimum)
    {
        if (configuration[name] is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value < minimum)
        {
            throw new DtzConfigurationException($"{name} '{text}' is geen aantal van {minimum} of meer.");
        }
    }
}
