using DutchTechZone.Reports.Document;
using DutchTechZone.Reports.Fonts;
using DutchTechZone.Reports.Formatting;
using DutchTechZone.Reports.Model;
using ScottPlot;

namespace DutchTechZone.Reports.Charts;

/// <summary>Draws the report's charts with ScottPlot as PNG, labelled in Dutch notation, in the embedded DejaVu Sans.</summary>
public sealed class ChartRenderer
{
    public const string ThemesChartId = "begroting-per-thema";
    public const string PopulationChartId = "inwoners";

    private const int Width = 1000;
    private const int Height = 520;

    private static readonly Color[] Palette =
    [
        Color.FromHex("#1f4e79"), Color.FromHex("#f28e2b"), Color.FromHex("#59a14f"), Color.FromHex("#e15759"), Color.FromHex("#76b7b2"),
        Color.FromHex("#b07aa1"),
    ];

    public ChartRenderer() => EmbeddedFontResolver.Register();

    /// <summary>Budget vs committed vs paid per theme: grouped bars.</summary>
    public ChartImage Themes(IReadOnlyList<ThemeRow> themes)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var plot = NewPlot();
        (string Label, Func<ThemeRow, decimal> Value)[] series = [("Begroot", t => t.Budgeted), ("Verplicht", t => t.Committed), ("Betaald", t => t.Paid)];
        var bars = new List<Bar>();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < themes.Count; i++)
        {
            for (var s = 0; s < series.Length; s++)
            {
                bars.Add(new Bar
                {
                    Position = (i * (series.Length + 1)) + s,
                    Value = (double)series[s].Value(themes[i]),
                    FillColor = Palette[s],
                    LineWidth = 0,
                });
            }

            ticks.AddMajor((i * (series.Length + 1)) + ((series.Length - 1) / 2.0), $"Thema {themes[i].Theme}");
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => DutchFormat.Euro((decimal)Math.Round(v)) };
        for (var s = 0; s < series.Length; s++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Label, FillColor = Palette[s] });
        }

        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        var max = themes.Count == 0 ? 0 : themes.Max(t => Math.Max(t.Budgeted, Math.Max(t.Committed, t.Paid)));
        if (max == 0)
        {
            plot.Axes.SetLimitsY(0, 1000);
        }

        return Render(plot, ThemesChartId, "Staafdiagram: begroot, verplicht en betaald per investeringsthema.");
    }

    /// <summary>Inhabitants of the partner municipalities over time: one line per municipality.</summary>
    public ChartImage Population(IReadOnlyList<PopulationPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = NewPlot();
        var i = 0;
        foreach (var municipality in points.GroupBy(p => p.Municipality, StringComparer.Ordinal))
        {
            var ordered = municipality.OrderBy(p => p.ReferenceDate).ToList();
            var line = plot.Add.Scatter(
                ordered.Select(p => p.ReferenceDate.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(),
                ordered.Select(p => (double)p.Inhabitants).ToArray(),
                Palette[i++ % Palette.Length]);
            line.LegendText = municipality.Key;
            line.MarkerSize = 9;
            line.LineWidth = 2.5f;
        }

        var dates = points.Select(p => p.ReferenceDate).Distinct().Order().ToList();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var step = Math.Max(1, dates.Count / 6);
        for (var d = 0; d < dates.Count; d += step)
        {
            ticks.AddMajor(dates[d].ToDateTime(TimeOnly.MinValue).ToOADate(), DutchFormat.Date(dates[d]));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => DutchFormat.Count((long)Math.Round(v)) };
        if (dates.Count == 1)
        {
            var x = dates[0].ToDateTime(TimeOnly.MinValue).ToOADate();
            plot.Axes.SetLimitsX(x - 45, x + 45);
        }

        plot.Axes.SetLimitsY(0, points.Count == 0 ? 1000 : points.Max(p => p.Inhabitants) * 1.15);
        plot.ShowLegend(Alignment.UpperRight);
        return Render(plot, PopulationChartId, "Lijndiagram: inwoners van de vijf partnergemeenten door de tijd.");
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(EmbeddedFonts.Family);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 18;
        plot.Axes.Left.TickLabelStyle.FontSize = 18;
        plot.Legend.FontSize = 18;
        plot.Grid.MajorLineColor = Color.FromHex("#e6e6e6");
        return plot;
    }

    private static ChartImage Render(Plot plot, string id, string alt) =>
        new(id, plot.GetImageBytes(Width, Height, ImageFormat.Png), Width, Height, alt);
}
