namespace DutchTechZone.Reports.Fonts;

/// <summary>
/// DejaVu Sans (regular and bold), shipped inside this assembly (Fonts/*.ttf, Bitstream Vera licence in
/// Fonts/LICENSE-DejaVu.txt), so charts and PDFs render the same on every machine, with or without system fonts.
/// </summary>
public static class EmbeddedFonts
{
    /// <summary>The family name both the charts and the PDF use.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<byte[]> RegularBytes = new(() => Read("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Read("DejaVuSans-Bold.ttf"));

    public static byte[] Regular => RegularBytes.Value;

    public static byte[] Bold => BoldBytes.Value;

    private static byte[] Read(string file)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream("DutchTechZone.Reports.Fonts." + file)
            ?? throw new InvalidOperationException($"The embedded font {file} is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
