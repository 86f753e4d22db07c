using System.Globalization;

namespace DutchTechZone.Reports.Formatting;

/// <summary>
/// Dutch notation for the board: "109.754", "€ 109.754", "€ 1.234,56", "30-9-2025", "3-12-2026 08:00".
/// Independent of the machine's culture data (the same rules as the Host's console output).
/// </summary>
public static class DutchFormat
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    private static readonly string[] MonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>A count with thousands separators: 109.754.</summary>
    public static string Count(long value) => value.ToString("#,##0", Numbers);

    /// <summary>A number with the given decimals: 12,5.</summary>
    public static string Number(decimal value, int decimals) =>
        value.ToString(decimals <= 0 ? "#,##0" : "#,##0." + new string('0', decimals), Numbers);

    /// <summary>An amount in euros: whole euros without cents (€ 109.754), otherwise with cents (€ 1.234,56).</summary>
    public static string Euro(decimal value) =>
        (value < 0 ? "-€ " : "€ ") + (value == decimal.Truncate(value) ? Math.Abs(value).ToString("#,##0", Numbers) : Math.Abs(value).ToString("#,##0.00", Numbers));

    /// <summary>A signed settlement: +€ 146, -€ 20, € 0.</summary>
    public static string SignedEuro(decimal value) => value > 0 ? "+" + Euro(value) : Euro(value);

    /// <summary>A date as the Jaarplan writes it: 30-9-2025.</summary>
    public static string Date(DateOnly value) => value.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    /// <summary>A moment in Dutch local time: 3-12-2026 09:40.</summary>
    public static string Moment(DateTimeOffset value) =>
        DutchTime.ToAmsterdam(value).ToString("d-M-yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The Dutch name of a month: november.</summary>
    public static string MonthName(int month) => MonthNames[month - 1];
}
