using DutchTechZone.Reports.Data;
using DutchTechZone.Reports.Document;
using DutchTechZone.Reports.Html;
using DutchTechZone.Reports.Model;
using DutchTechZone.Reports.Pdf;
using DutchTechZone.Reports.Xlsx;

namespace DutchTechZone.Reports;

/// <summary>
/// Use case: render the board report of a period from the warehouse — model, HTML (file and mail versions), PDF and
/// xlsx. Reads only; writes nothing to the warehouse.
/// </summary>
public sealed class RenderBoardReport(
    BoardReportReader reader,
    BoardReportComposer composer,
    HtmlReportWriter html,
    PdfReportWriter pdf,
    XlsxReportWriter xlsx)
{
    public async Task<RenderedBoardReport> ExecuteAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var model = await reader.ReadAsync(period, ct);
        var document = composer.Compose(model);
        return new RenderedBoardReport(
            model,
            document,
            html.Write(document, c => "data:image/png;base64," + Convert.ToBase64String(c.Png)),
            html.Write(document, c => "cid:" + c.FileName),
            pdf.Write(document),
            xlsx.Write(model));
    }
}

/// <summary>A rendered board report.</summary>
/// <param name="Html">The HTML with the charts inline as data URIs (report.html).</param>
/// <param name="MailHtml">The same HTML with the charts as <c>cid:</c> references to the mail's inline images.</param>
public sealed record RenderedBoardReport(BoardReport Model, ReportDocument Document, string Html, string MailHtml, byte[] Pdf, byte[] Xlsx)
{
    public const string HtmlFile = "report.html";
    public const string PdfFile = "report.pdf";
    public const string XlsxFile = "report.xlsx";

    /// <summary>The attachment names in the mail: Bestuursrapportage-2026-11.pdf/.xlsx.</summary>
    public string AttachmentStem => $"Bestuursrapportage-DutchTechZone-{Model.Period}";

    /// <summary>Writes report.html, report.pdf and report.xlsx to <paramref name="directory"/> (created when missing); returns their paths.</summary>
    public async Task<IReadOnlyList<string>> WriteToAsync(string directory, CancellationToken ct = default)
    {
        Directory.CreateDirectory(directory);
        var files = new (string Name, byte[] Bytes)[]
        {
            (HtmlFile, System.Text.Encoding.UTF8.GetBytes(Html)),
            (PdfFile, Pdf),
            (XlsxFile, Xlsx),
        };
        var paths = new List<string>();
        foreach (var (name, bytes) in files)
        {
            // Written beside the target and moved over it, so a reader never sees half a file.
            var path = Path.Combine(directory, name);
            var temp = path + ".tmp";
            await File.WriteAllBytesAsync(temp, bytes, ct);
            File.Move(temp, path, overwrite: true);
            paths.Add(path);
        }

        return paths;
    }
}
