using DutchTechZone.Reports.Fonts;
using SkiaSharp;

namespace DutchTechZone.Reports.Charts;

/// <summary>Gives ScottPlot the embedded DejaVu Sans for every font name it asks for.</summary>
internal sealed class EmbeddedFontResolver : ScottPlot.IFontResolver
{
    private static readonly Lazy<SKTypeface> Regular = new(() => SKTypeface.FromStream(new MemoryStream(EmbeddedFonts.Regular)));
    private static readonly Lazy<SKTypeface> Bold = new(() => SKTypeface.FromStream(new MemoryStream(EmbeddedFonts.Bold)));
    private static int _registered;

    /// <summary>Puts this resolver first in ScottPlot's list and makes DejaVu Sans the default font, once per process.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        ScottPlot.Fonts.Default = EmbeddedFonts.Family;
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => bold ? Bold.Value : Regular.Value;

    public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
        weight >= ScottPlot.FontWeight.SemiBold ? Bold.Value : Regular.Value;
}
