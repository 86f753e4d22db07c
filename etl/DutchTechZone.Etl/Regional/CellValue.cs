using System.Globalization;
using DutchTechZone.Etl.Cbs;

namespace DutchTechZone.Etl.Regional;

/// <summary>
/// One topic value of a CBS row as the warehouse stores it: a number (exact decimal from the JSON text), or NULL with
/// the CBS symbol that says why (<c>.</c> missing, <c>x</c> confidential, <c>?</c>, blank …), or a String topic's text.
/// A missing value is never 0; only the CBS symbol <c>-</c> (nihil) is the number 0.
/// </summary>
public readonly record struct CellValue(decimal? Value, string? Symbol, string? Text)
{
    public static CellValue Read(CbsRow row, string key, bool isString)
    {
        ArgumentNullException.ThrowIfNull(row);
        var raw = row.GetString(key);
        if (raw is null)
        {
            return default;
        }

        var text = raw.Trim();
        if (isString)
        {
            return text.Length == 0 ? new CellValue(null, string.Empty, null) : new CellValue(null, null, text);
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new CellValue(number, null, null);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var large))
        {
            // Beyond decimal's range (1E+30 and up): kept as the nearest decimal bound would lie; store the text instead.
            return new CellValue(null, null, large.ToString("R", CultureInfo.InvariantCulture));
        }

        if (text == "-")
        {
            return new CellValue(0m, "-", null);
        }

        return text.Length <= 8 ? new CellValue(null, text, null) : new CellValue(null, null, text);
    }
}
