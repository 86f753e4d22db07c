using DutchTechZone.Reports.Fonts;
using PdfSharp.Fonts;

namespace DutchTechZone.Reports.Pdf;

/// <summary>
/// PDFsharp finds no fonts by itself on Linux; this resolver answers every family with the embedded DejaVu Sans
/// (regular or bold), so the PDF embeds the same font on every machine.
/// </summary>
internal sealed class EmbeddedPdfFontResolver : IFontResolver
{
    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Installs the resolver once per process (PDFsharp's setting is global).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new EmbeddedPdfFontResolver();
            }

            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => faceName == BoldFace ? EmbeddedFonts.Bold : EmbeddedFonts.Regular;
}
