using System.Globalization;
using System.Text.Json;

namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// One row of a CBS data set (TypedDataSet, UntypedDataSet or a code list): dimension codes and topic values by key.
/// </summary>
public sealed class CbsRow
{
    private readonly JsonElement _element;
    private IReadOnlyCollection<string>? _keys;

    internal CbsRow(JsonElement element)
    {
        _element = element;
    }

    /// <summary>The column keys of this row, in the order CBS sent them.</summary>
    public IReadOnlyCollection<string> Keys => _keys ??= _element.EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>True when the row has a column <paramref name="key"/> (its value may be null).</summary>
    public bool ContainsKey(string key) => _element.TryGetProperty(key, out _);

    /// <summary>A dimension code, trimmed (<c>"NL01  "</c> → <c>NL01</c>).</summary>
    /// <exception cref="KeyNotFoundException">The row has no such column, or it is null.</exception>
    public string GetDimension(string key) =>
        GetString(key)?.Trim() ?? throw new KeyNotFoundException($"CBS row has no dimension value '{key}'.");

    /// <summary>A column's raw string value as CBS sent it (padding kept); null for JSON null or a missing column.</summary>
    public string? GetString(string key)
    {
        if (!_element.TryGetProperty(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        };
    }

    /// <summary>
    /// A topic value as a number. Null for JSON null, a missing column, and in untyped data for <c>""</c> and the CBS
    /// symbols <c>.</c> (missing) and <c>x</c> (confidential). Untyped padded strings (<c>"   135.5"</c>) are parsed
    /// invariantly; <c>-</c> (nihil) is 0.
    /// </summary>
    /// <exception cref="FormatException">The value is a string that is neither a number nor a CBS symbol.</exception>
    public double? GetNumber(string key)
    {
        if (!_element.TryGetProperty(key, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number:
                return value.GetDouble();
            case JsonValueKind.String:
                var text = value.GetString()!.Trim();
                if (text.Length == 0 || text is "." or "x")
                {
                    return null;
                }

                if (text == "-")
                {
                    return 0;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                throw new FormatException($"CBS value '{value.GetString()}' of '{key}' is not a number.");
            default:
                throw new FormatException($"CBS value {value.GetRawText()} of '{key}' is not a number.");
        }
    }

    /// <summary>A topic value as a whole number (<c>7559.0</c> → 7559); null as for <see cref="GetNumber"/>.</summary>
    /// <exception cref="FormatException">The value has a fraction or is out of range.</exception>
    public long? GetInt64(string key)
    {
        if (_element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var exact))
        {
            return exact;
        }

        var number = GetNumber(key);
        if (number is null)
        {
            return null;
        }

        if (Math.Floor(number.Value) != number.Value || number.Value < long.MinValue || number.Value >= long.MaxValue)
        {
            throw new FormatException($"CBS value {number.Value.ToString(CultureInfo.InvariantCulture)} of '{key}' is not a whole number.");
        }

        return (long)number.Value;
    }

    /// <inheritdoc />
    public override string ToString() => _element.GetRawText();
}
