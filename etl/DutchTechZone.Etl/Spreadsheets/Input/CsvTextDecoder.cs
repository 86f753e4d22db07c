using System.Text;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Decodes CSV bytes as Dutch Excel writes them: UTF-8 with or without BOM, and otherwise Windows-1252 (bytes that
/// are not valid UTF-8 mean 1252). Returns null for binary content (NUL bytes), which is not a CSV file.
/// </summary>
internal static class CsvTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string EncodingName)? Decode(byte[] bytes)
    {
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
}
