using System.Text;

namespace DutchTechZone.Etl.Hygiene;

/// <summary>
/// Text from outside (file names, cell values, exception messages, response bodies) made safe to echo: bounded in
/// length with an ellipsis, and without control characters, so that a 10 MB cell or a newline in a file name can
/// neither flood an output nor fake an output line.
/// </summary>
public static class SafeText
{
    /// <summary>The most characters of a cell value echoed in error reports, JSON output and <c>etl_rejection</c>.</summary>
    public const int MaxValueLength = 200;

    /// <summary>The most characters of an exception message or response body in one log or error line.</summary>
    public const int MaxMessageLength = 300;

    /// <summary>The text cut to at most <paramref name="max"/> characters, the last one an ellipsis when it was cut.</summary>
    public static string? Bound(string? text, int max = MaxValueLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (text is null || text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;   // never split a surrogate pair
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>One printable line: control characters (newline, tab, escape, …) shown as <c>\n</c>, <c>\t</c>, <c>\u001B</c>.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsUnsafe(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    /// <summary>A message for one log or error line: on one line and bounded.</summary>
    public static string Message(string? text, int max = MaxMessageLength) => Bound(OneLine(text?.Trim()), max)!;

    /// <summary>The text cut so that its UTF-8 encoding takes at most <paramref name="maxBytes"/> bytes.</summary>
    public static string FitBytes(string text, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > maxBytes)
        {
            length--;
        }

        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}
