using System.Text.RegularExpressions;
using DutchTechZone.Etl.Hygiene;

namespace DutchTechZone.Host.Composition;

/// <summary>
/// The configuration binder's "Failed to convert configuration value 'abc' at 'Cbs:MaxRetries' to type 'System.Int32'."
/// (an <see cref="InvalidOperationException"/>) as one Dutch sentence naming the setting, the value and what it expects:
/// a configuration error, not a bug.
/// </summary>
public static partial class ConfigurationBindingError
{
    /// <summary>True when <paramref name="exception"/> is the binder's conversion failure; <paramref name="dutch"/> describes it.</summary>
    public static bool TryDescribe(Exception exception, out string dutch)
    {
        ArgumentNullException.ThrowIfNull(exception);
        dutch = string.Empty;
        var match = exception is InvalidOperationException ? Conversion().Match(exception.Message) : Match.Empty;
        if (!match.Success)
        {
            return false;
        }

        var value = SafeText.Bound(SafeText.OneLine(match.Groups["value"].Value), 80);
        dutch = $"De instelling {match.Groups["key"].Value} heeft een ongeldige waarde '{value}': verwacht {Expected(match.Groups["type"].Value)}.";
        return true;
    }

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" or "System.Byte" => "een geheel getal",
        "System.TimeSpan" => "een tijdsduur (uu:mm:ss, bijvoorbeeld 00:00:30)",
        "System.Boolean" => "true of false",
        "System.Decimal" or "System.Double" or "System.Single" => "een getal met een punt als decimaalteken",
        "System.Uri" => "een adres (bijvoorbeeld https://…)",
        "System.DateOnly" or "System.DateTime" or "System.DateTimeOffset" => "een datum (JJJJ-MM-DD)",
        _ => "een geldige waarde",
    };

    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']*)' to type '(?<type>[^']*)'", RegexOptions.Singleline)]
    private static partial Regex Conversion();
}
