namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// What the warehouse can hold. Values outside these bounds are reader errors (located, in Dutch) instead of
/// database failures later: the date table covers <see cref="FirstDate"/> to <see cref="LastDate"/>, text columns
/// hold at most <see cref="MaxTextLength"/> characters, and the numeric columns have a fixed precision.
/// </summary>
public static class WarehouseLimits
{
    /// <summary>The first day of the warehouse's date table (2000-01-01).</summary>
    public static readonly DateOnly FirstDate = new(2000, 1, 1);

    /// <summary>The last day of the warehouse's date table (2040-12-31).</summary>
    public static readonly DateOnly LastDate = new(2040, 12, 31);

    /// <summary>The most characters a text field (Activiteit, Partner, Kenmerk, ...) may hold.</summary>
    public const int MaxTextLength = 400;

    /// <summary>The largest amount in euros, in absolute value (10^12).</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The most decimals of an indicator value (Waarde, Streefwaarde).</summary>
    public const int MaxIndicatorDecimals = 4;

    /// <summary>The largest indicator value (Waarde, Streefwaarde), in absolute value (10^10).</summary>
    public const decimal MaxIndicatorValue = 10_000_000_000m;

    /// <summary>The most hours in one Capaciteit row.</summary>
    public const decimal MaxHours = 1_000_000m;

    /// <summary>The most decimals of Uren.</summary>
    public const int MaxHoursDecimals = 2;
}
