using System.Globalization;
using System.Text.Json;

namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// One row of a CBS data set (TypedDataSet, UntypedDataSet or a code list): dimension codes and topic values by key.
/// </summary>
/// <remarks>
/// Compact: the column names are shared by the rows of a page that have the same columns (<see cref="CbsRowLayout"/>);
/// a row holds one string per column (a string value as CBS sent it, or a number's JSON text) and its JSON kind.
/// </remarks>
public sealed class CbsRow
{
    private readonly CbsRowLayout _layout;
    private readonly string?[] _values;
    private readonly JsonValueKind[] _kinds;

    internal CbsRow(CbsRowLayout layout, string?[] values, JsonValueKind[] kinds)
    {
        _layout = layout;
        _values = values;
        _kinds = kinds;
    }

    /// <summary>A row from a parsed JSON object (tests, and anything that already holds an element).</summary>
    internal CbsRow(JsonElement element)
    {
        var names = new List<string>();
        var values = new List<string?>();
        var kinds = new List<JsonValueKind>();
        foreach (var property in element.EnumerateObject())
        {
            names.Add(property.Name);
            kinds.Add(property.Value.ValueKind);
            values.Add(property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null => null,
                _ => property.Value.GetRawText(),
            });
        }

        _layout = new CbsRowLayout(names);
        _values = [.. values];
        _kinds = [.. kinds];
    }

    /// <summary>The column keys of this row, in the order CBS sent them.</summary>
    public IReadOnlyCollection<string> Keys => _layout.Names;

    /// <summary>True when the row has a column <paramref name="key"/> (its value may be null).</summary>
    public bool ContainsKey(string key) => _layout.IndexOf(key) >= 0;

    /// <summary>A dimension code, trimmed (<c>"NL01  "</c> → <c>NL01</c>).</summary>
    /// <exception cref="KeyNotFoundException">The row has no such column, or it is null.</exception>
    public string GetDimension(string key) =>
        GetString(key)?.Trim() ?? throw new KeyNotFoundException($"CBS-rij heeft geen waarde voor dimensie '{key}'.");

    /// <summary>A column's raw string value as CBS sent it (padding kept); null for JSON null or a missing column.</summary>
    public string? GetString(string key)
    {
        var index = _layout.IndexOf(key);
        return index < 0 ? null : _values[index];
    }

    /// <summary>
    /// A topic value as a number. Null for JSON null, a missing column, and in untyped data for <c>""</c> and the CBS
    /// symbols <c>.</c> (missing) and <c>x</c> (confidential). Untyped padded strings (<c>"   135.5"</c>) are parsed
    /// invariantly; <c>-</c> (nihil) is 0.
    /// </summary>
    /// <exception cref="FormatException">The value is a string that is neither a number nor a CBS symbol.</exception>
    public double? GetNumber(string key)
    {
        var index = _layout.IndexOf(key);
        if (index < 0)
        {
            return null;
        }

        var value = _values[index];
        switch (_kinds[index])
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number:
                return double.Parse(value!, NumberStyles.Float, CultureInfo.InvariantCulture);
            case JsonValueKind.String:
                var text = value!.Trim();
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

                throw new FormatException($"CBS-waarde '{value}' van '{key}' is geen getal.");
            default:
                throw new FormatException($"CBS-waarde {value} van '{key}' is geen getal.");
        }
    }

    /// <summary>A topic value as a whole number (<c>7559.0</c> → 7559); null as for <see cref="GetNumber"/>.</summary>
    /// <exception cref="FormatException">The value has a fraction or is out of range.</exception>
    public long? GetInt64(string key)
    {
        var index = _layout.IndexOf(key);
        if (index >= 0 && _kinds[index] == JsonValueKind.Number
            && long.TryParse(_values[index], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exact))
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
            throw new FormatException($"CBS-waarde {number.Value.ToString(CultureInfo.InvariantCulture)} van '{key}' is geen geheel getal.");
        }

        return (long)number.Value;
    }

    /// <summary>The row as JSON (its columns in CBS's order).</summary>
    public override string ToString()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            for (var i = 0; i < _values.Length; i++)
            {
                writer.WritePropertyName(_layout.Names[i]);
                switch (_kinds[i])
                {
                    case JsonValueKind.String:
                        writer.WriteStringValue(_values[i]);
                        break;
                    case JsonValueKind.Null:
                        writer.WriteNullValue();
                        break;
                    default:
                        writer.WriteRawValue(_values[i]!, skipInputValidation: true);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
