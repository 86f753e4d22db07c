namespace DutchTechZone.Reports.Formatting;

/// <summary>Europe/Amsterdam: the board's clock (report dates, the send schedule).</summary>
public static class DutchTime
{
    /// <summary>The Europe/Amsterdam time zone (IANA id; the tz database ships with Linux and .NET on Windows).</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The moment as Amsterdam wall-clock time (with its offset).</summary>
    public static DateTimeOffset ToAmsterdam(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Zone);

    /// <summary>The Amsterdam date of a moment.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToAmsterdam(time.GetUtcNow()).DateTime);

    /// <summary>The UTC moment of an Amsterdam wall-clock time.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly clock)
    {
        var local = date.ToDateTime(clock, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
