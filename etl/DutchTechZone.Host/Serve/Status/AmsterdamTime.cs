using System.Globalization;

namespace DutchTechZone.Host.Serve.Status;

/// <summary>Every time shown to a person is Europe/Amsterdam local time in Dutch notation: 3-12-2026 09:41.</summary>
public static class AmsterdamTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Format(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, Zone).ToString("d-M-yyyy HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Format(DateTime? utc) =>
        utc is { } t ? Format(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))) : "—";
}
