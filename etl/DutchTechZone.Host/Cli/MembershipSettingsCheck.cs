using System.Globalization;
using DutchTechZone.Etl.Hygiene;
using DutchTechZone.Host.Composition;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>Regional:Membership</c>: every entry names a year (1900–2100, each year once) and a CBS table id (letters and digits). Read from the raw
/// settings, so a year that is not a number is reported instead of being dropped by the configuration binder.
/// </summary>
internal static class MembershipSettingsCheck
{
    public static void Check(IConfiguration configuration)
    {
        var years = new HashSet<int>();
        foreach (var entry in configuration.GetSection("Regional:Membership").GetChildren())
        {
            var path = "Regional:Membership:" + entry.Key;
            var text = entry["Year"];
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                throw new DtzConfigurationException($"{path}:Year '{text}' is geen jaar tussen 1900 en 2100.");
            }

            if (string.IsNullOrWhiteSpace(entry["TableId"]))
            {
                throw new DtzConfigurationException($"{path}:TableId is leeg: geef de CBS-tabel \"Gebieden in Nederland {year}\".");
            }

            if (!entry["TableId"]!.All(char.IsAsciiLetterOrDigit) || entry["TableId"]!.Length > 20)
            {
                throw new DtzConfigurationException($"{path}:TableId '{SafeText.Bound(SafeText.OneLine(entry["TableId"]), 40)}' is geen CBS-tabel (alleen letters en cijfers, bijvoorbeeld 85755NED).");
            }

            if (!years.Add(year))
            {
                throw new DtzConfigurationException($"{path}:Year {year} staat al eerder in Regional:Membership: elk jaar één keer.");
            }
        }
    }
}
