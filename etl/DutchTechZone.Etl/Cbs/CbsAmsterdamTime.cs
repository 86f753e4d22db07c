using System.Globalization;

namespace DutchTechZone.Etl.Cbs;

/// <summary>CBS writes timestamps without an offset (<c>2020-01-17T02:00:00</c>): Dutch local time.</summary>
internal static class CbsAmsterdamTime
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Reads an offset-less timestamp as Europe/Amsterdam local time; one with an offset keeps it.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        }

        value = new DateTimeOffset(parsed, Amsterdam.GetUtcOffset(parsed));
        return true;
    }
}
