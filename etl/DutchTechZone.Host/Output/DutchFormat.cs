using System.Globalization;

namespace DutchTechZone.Host.Output;

/// <summary>Dutch notation for people: "109.754", "€ 109.754", "€ 1.234,56", "30-9-2025". Independent of the machine's culture data.</summary>
public static class DutchFormat
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    /// <summary>A count with thousands separators: 109.754.</summary>
    public static string Count(long value) => value.ToString("#,##0", Numbers);

    /// <summary>An amount in euros: whole euros without cents (€ 109.754), otherwise with cents (€ 1.234,56).</summary>
    public static string Euro(decimal value) =>
        "€ " + (value == decimal.Truncate(value) ? value.ToString("#,##0", Numbers) : value.ToString("#,##0.00", Numbers));

    /// <summary>An amount in euros, always with cents: € 1,00.</summary>
    public static string EuroWithCents(decimal value) => "€ " + value.ToString("#,##0.00", Numbers);

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>A moment in Dutch local time (Europe/Amsterdam), Dutch notation: 3-12-2026 10:05.</summary>
    public static string Time(DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, Amsterdam).ToString("d-M-yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A date as the Jaarplan writes it: 30-9-2025.</summary>
    public static string Date(DateOnly value) => value.ToString("d-M-yyyy", CultureInfo.InvariantCulture);
}
