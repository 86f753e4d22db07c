using System.Text.Json;

namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// Reads JSON string values so that a short string seen before is the same instance: a page repeats each dimension
/// code (<c>"GM0363"</c>, <c>"2024MM05"</c>) and symbol thousands of times. Bounded: past
/// <see cref="MaxEntries"/> new strings are read but not kept.
/// </summary>
internal sealed class StringCache
{
    /// <summary>The most distinct strings kept.</summary>
    public const int MaxEntries = 16_384;

    private const int MaxLength = 64;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringCache()
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The string value the reader is on.</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxLength)
        {
            return reader.GetString()!;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var chars = buffer[..reader.CopyString(buffer)];
        if (_lookup.TryGetValue(chars, out var known))
        {
            return known;
        }

        var text = chars.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(text, text);
        }

        return text;
    }
}
