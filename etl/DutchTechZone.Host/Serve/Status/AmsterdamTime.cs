using DutchTechZone.Host.Output;

namespace DutchTechZone.Host.Serve.Status;

/// <summary>Times on the status page: <see cref="DutchFormat.Time"/> (Europe/Amsterdam, 3-12-2026 09:41), "—" when absent.</summary>
public static class AmsterdamTime
{
    public static string Format(DateTimeOffset? at) => at is { } t ? DutchFormat.Time(t) : "—";

    public static string Format(DateTime? utc) =>
        utc is { } t ? Format(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))) : "—";
}
