using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Host.Composition;

/// <summary>
/// <c>Budget:Years</c>: every entry is a year with a <c>Rate</c> that is a number (a point as decimal separator) and, when
/// given, a <c>ProvisionalReferenceDate</c> that is a date. Read from the raw settings, so a value that is no number is
/// reported naming the setting instead of the year being dropped by the configuration binder ("Geen begrotingsinstellingen").
/// </summary>
internal static class BudgetSettingsCheck
{
    private const NumberStyles Amount = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    public static void Check(IConfiguration configuration)
    {
        foreach (var entry in configuration.GetSection("Budget:Years").GetChildren())
        {
            var path = "Budget:Years:" + entry.Key;
            if (!int.TryParse(entry.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                throw new DtzConfigurationException($"{path}: '{entry.Key}' is geen jaartal (bijvoorbeeld Budget:Years:2026:Rate).");
            }

            if (entry["Rate"] is { } rate && !decimal.TryParse(rate, Amount, CultureInfo.InvariantCulture, out _))
            {
                throw new DtzConfigurationException(
                    $"{path}:Rate '{rate}' is geen getal: geef de bijdrage per inwoner in euro's met een punt als decimaalteken (bijvoorbeeld 1.00).");
            }

            if (entry["ProvisionalReferenceDate"] is { Length: > 0 } date && !DateOnly.TryParse(date, CultureInfo.InvariantCulture, out _))
            {
                throw new DtzConfigurationException($"{path}:ProvisionalReferenceDate '{date}' is geen datum (bijvoorbeeld 2025-09-30).");
            }
        }
    }
}
