using System.Text;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Decodes CSV bytes as Dutch Excel writes them: UTF-8 with or without BOM, and otherwise Windows-1252 (bytes that
/// are not valid UTF-8 mean 1252), and UTF-16 (little or big endian) when the file starts with its byte order mark
/// (Excel's "Unicode text"). Returns null for binary content (NUL bytes without a UTF-16 BOM), which is not a CSV file.
/// </summary>
internal static class CsvTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string EncodingName)? Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var bigEndian = bytes[0] == 0xFE;
            var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                var text = utf16.GetString(bytes, 2, bytes.Length - 2);
                return text.Contains('\0', StringComparison.Ordinal) ? null : (text, bigEndian ? "UTF-16 (big endian)" : "UTF-16");
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0) return null;
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252");
        }
    }

    /// <summary>True when the bytes look like UTF-16 text (a BOM, or NUL bytes in every other position of the start).</summary>
    public static bool LooksLikeUtf16(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))) return true;
        var sample = Math.Min(bytes.Length, 200) & ~1;
        if (sample < 4) return false;
        var evenNul = 0;
        var oddNul = 0;
        for (var i = 0; i < sample; i += 2)
        {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }

        var pairs = sample / 2;
        return (oddNul * 10 >= pairs * 9 && evenNul == 0) || (evenNul * 10 >= pairs * 9 && oddNul == 0);
    }
}
