using System.Text;
using DutchTechZone.Reports.Document;

namespace DutchTechZone.Reports.Html;

/// <summary>
/// Writes the report as HTML that reads well in a mail client on a phone: one column at most 640 px wide, inline
/// styles only (mail clients drop style sheets), tables that fit, charts as images scaled to the width.
/// </summary>
public sealed class HtmlReportWriter
{
    private const string Font = "font-family:Helvetica,Arial,'DejaVu Sans',sans-serif;";
    private const string Ink = "color:#1d2733;";

    /// <summary>The HTML; <paramref name="imageSource"/> gives each chart's <c>src</c> (<c>cid:…</c> in mail, a data URI in the file).</summary>
    public string Write(ReportDocument document, Func<ChartImage, string> imageSource)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(imageSource);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(document.Title)).Append("</title></head>\n")
            .Append("<body style=\"margin:0;padding:0;background:#f3f5f7;").Append(Font).Append(Ink).Append("\">\n")
            .Append("<div style=\"max-width:640px;margin:0 auto;padding:10px 8px;background:#ffffff;\">\n")
            .Append("<h1 style=\"font-size:22px;line-height:1.25;margin:8px 0 4px 0;color:#1f4e79;\">").Append(E(document.Title)).Append("</h1>\n")
            .Append("<p style=\"font-size:13px;color:#5b6670;margin:0 0 12px 0;\">").Append(E(document.Subtitle)).Append("</p>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<h2 style=\"font-size:18px;line-height:1.3;margin:24px 0 8px 0;padding-top:12px;border-top:2px solid #1f4e79;color:#1f4e79;\">")
                .Append(E(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                Block(html, block, document, imageSource);
            }
        }

        html.Append("<p style=\"font-size:12px;color:#5b6670;margin:24px 0 8px 0;\">De PDF en het Excel-bestand met alle cijfers zijn bijgevoegd.</p>\n")
            .Append("</div></body></html>\n");
        return html.ToString();
    }

    private static void Block(StringBuilder html, ReportBlock block, ReportDocument document, Func<ChartImage, string> imageSource)
    {
        switch (block)
        {
            case ParagraphBlock p:
                html.Append("<p style=\"font-size:14px;line-height:1.45;margin:8px 0;\">").Append(E(p.Text)).Append("</p>\n");
                break;
            case SourceBlock s:
                html.Append("<p style=\"font-size:12px;line-height:1.4;color:#5b6670;margin:4px 0 12px 0;\">").Append(E(s.Text)).Append("</p>\n");
                break;
            case KeyFiguresBlock k:
                html.Append("<table role=\"presentation\" style=\"width:100%;border-collapse:collapse;margin:8px 0;\">\n");
                foreach (var f in k.Figures)
                {
                    html.Append("<tr><td style=\"font-size:14px;padding:6px 4px;border-bottom:1px solid #e3e7eb;\">").Append(E(f.Label))
                        .Append("</td><td style=\"font-size:20px;font-weight:bold;text-align:right;white-space:nowrap;padding:6px 4px;border-bottom:1px solid #e3e7eb;color:#1f4e79;\">")
                        .Append(E(f.Value)).Append("</td></tr>\n");
                }

                html.Append("</table>\n");
                break;
            case TableBlock t:
                Table(html, t);
                break;
            case ChartBlock c:
                var chart = document.Charts.Single(x => x.Id == c.ChartId);
                html.Append("<img src=\"").Append(E(imageSource(chart))).Append("\" alt=\"").Append(E(chart.AltText))
                    .Append("\" width=\"616\" style=\"display:block;width:100%;max-width:616px;height:auto;margin:8px 0;border:0;\">\n");
                break;
            default:
                throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
        }
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        // Wide tables scroll sideways on a phone instead of squeezing the numbers.
        html.Append("<div style=\"overflow-x:auto;\"><table style=\"width:100%;border-collapse:collapse;font-size:12px;margin:8px 0;\">\n<tr>");
        foreach (var c in table.Columns)
        {
            html.Append("<th style=\"text-align:").Append(c.Numeric ? "right" : "left")
                .Append(";padding:4px 3px;border-bottom:2px solid #1f4e79;background:#eef3f8;font-weight:bold;\">").Append(E(c.Header)).Append("</th>");
        }

        html.Append("</tr>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var total = table.TotalRow && r == table.Rows.Count - 1;
            html.Append("<tr>");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var numeric = table.Columns[c].Numeric;
                html.Append("<td style=\"text-align:").Append(numeric ? "right" : "left").Append(";padding:4px 3px;")
                    .Append(numeric ? "white-space:nowrap;" : "")
                    .Append(total ? "font-weight:bold;border-top:2px solid #1d2733;" : "border-bottom:1px solid #e3e7eb;")
                    .Append("\">").Append(E(c < table.Rows[r].Count ? table.Rows[r][c] : "")).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table></div>\n");
    }

    // Only the characters HTML needs escaped: € and ë stay readable in the source (the file is UTF-8).
    private static string E(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
