using System.Globalization;
using DutchTechZone.Host.Composition;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>Cbs:MaxResumes</c> and <c>Cbs:ResumeDelay</c> govern every CBS pull (population and regional). They were once
/// <c>Regional:MaxResumes</c> / <c>Regional:ResumeDelay</c> for the regional tables: such a setting left in a deployment
/// with a different value would now be ignored in silence, so it is a configuration error naming both; the same value
/// is harmless and accepted. Read from the raw settings, so a value that is no number or time is reported too.
/// </summary>
internal static class ResumeSettingsCheck
{
    public static void Check(IConfiguration configuration)
    {
        var maxResumes = configuration["Cbs:MaxResumes"] is { } text ? Count(text, "Cbs:MaxResumes") : 2;
        var delay = configuration["Cbs:ResumeDelay"] is { } delayText ? Delay(delayText, "Cbs:ResumeDelay") : TimeSpan.FromSeconds(30);
        if (configuration["Regional:MaxResumes"] is { } old && Count(old, "Regional:MaxResumes") != maxResumes)
        {
            throw Moved("Regional:MaxResumes", old, "Cbs:MaxResumes", maxResumes.ToString(CultureInfo.InvariantCulture));
        }

        if (configuration["Regional:ResumeDelay"] is { } oldDelay && Delay(oldDelay, "Regional:ResumeDelay") != delay)
        {
            throw Moved("Regional:ResumeDelay", oldDelay, "Cbs:ResumeDelay", delay.ToString("c", CultureInfo.InvariantCulture));
        }
    }

    private static int Count(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DtzConfigurationException($"{name} '{text}' is geen aantal (0 of meer).");

    private static TimeSpan Delay(string text, string name) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero
            ? value
            : throw new DtzConfigurationException($"{name} '{text}' is geen wachttijd (uu:mm:ss, 0 of meer).");

    private static DtzConfigurationException Moved(string old, string oldValue, string current, string currentValue) =>
        new($"{old} ({oldValue}) wordt niet meer gelezen: {current} ({currentValue}) geldt voor elke CBS-pull, ook de regionale. "
            + $"Zet de gewenste waarde in {current} en verwijder {old}.");
}
