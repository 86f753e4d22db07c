using DutchTechZone.Reports.Document;
using DutchTechZone.Reports.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DutchTechZone.Reports.Pdf;

/// <summary>
/// Writes the report as an A4 PDF with PDFsharp: one page per subject (a subject that does not fit continues on the
/// next page), the embedded DejaVu Sans as font, the charts as PNG images, a footer with the page number.
/// </summary>
public sealed class PdfReportWriter
{
    private const double Margin = 48;
    private const double FooterHeight = 24;
    private static readonly XColor Blue = XColor.FromArgb(0x1f, 0x4e, 0x79);
    private static readonly XColor Grey = XColor.FromArgb(0x5b, 0x66, 0x70);
    private static readonly XColor Line = XColor.FromArgb(0xd0, 0xd6, 0xdc);
    private static readonly XColor HeaderFill = XColor.FromArgb(0xee, 0xf3, 0xf8);

    public PdfReportWriter() => EmbeddedPdfFontResolver.Install();

    public byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Author = "Dutch TechZone";
        pdf.Info.Subject = document.Subtitle;
        var canvas = new Canvas(pdf, document);
        var first = true;
        foreach (var section in document.Sections)
        {
            canvas.NewPage();
            if (first)
            {
                canvas.Title(document.Title, document.Subtitle);
                first = false;
            }

            canvas.Heading(section.Title);
            foreach (var block in section.Blocks)
            {
                canvas.Block(block);
            }
        }

        canvas.Finish();
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>The page being drawn and the position on it.</summary>
    private sealed class Canvas(PdfDocument pdf, ReportDocument document)
    {
        private readonly XFont _title = new(EmbeddedFonts.Family, 17, XFontStyleEx.Bold);
        private readonly XFont _heading = new(EmbeddedFonts.Family, 13.5, XFontStyleEx.Bold);
        private readonly XFont _text = new(EmbeddedFonts.Family, 9.5, XFontStyleEx.Regular);
        private readonly XFont _bold = new(EmbeddedFonts.Family, 9.5, XFontStyleEx.Bold);
        private readonly XFont _small = new(EmbeddedFonts.Family, 7.5, XFontStyleEx.Regular);
        private readonly XFont _figure = new(EmbeddedFonts.Family, 16, XFontStyleEx.Bold);
        private XGraphics? _gfx;
        private PdfPage? _page;
        private double _y;

        private XGraphics G => _gfx ?? throw new InvalidOperationException("No page.");

        private double Width => (_page?.Width.Point ?? 595) - (2 * Margin);

        private double Bottom => (_page?.Height.Point ?? 842) - Margin - FooterHeight;

        public void NewPage()
        {
            _gfx?.Dispose();
            _page = pdf.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        public void Title(string title, string subtitle)
        {
            Lines(title, _title, Blue, 0);
            Lines(subtitle, _text, Grey, 6);
            _y += 6;
        }

        public void Heading(string text)
        {
            G.DrawLine(new XPen(Blue, 1.5), Margin, _y, Margin + Width, _y);
            _y += 6;
            Lines(text, _heading, Blue, 6);
        }

        public void Block(ReportBlock block)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    Lines(p.Text, _text, XColors.Black, 6);
                    break;
                case SourceBlock s:
                    Lines(s.Text, _small, Grey, 8);
                    break;
                case KeyFiguresBlock k:
                    KeyFigures(k);
                    break;
                case TableBlock t:
                    Table(t);
                    break;
                case ChartBlock c:
                    Chart(document.Charts.Single(x => x.Id == c.ChartId));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
            }
        }

        public void Finish()
        {
            _gfx?.Dispose();
            _gfx = null;
            for (var i = 0; i < pdf.PageCount; i++)
            {
                var page = pdf.Pages[i];
                using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
                var y = page.Height.Point - Margin;
                gfx.DrawLine(new XPen(Line, 0.5), Margin, y - 10, page.Width.Point - Margin, y - 10);
                gfx.DrawString(document.Title, _small, new XSolidBrush(Grey), new XPoint(Margin, y), XStringFormats.BaseLineLeft);
                gfx.DrawString($"pagina {i + 1} van {pdf.PageCount}", _small, new XSolidBrush(Grey), new XPoint(page.Width.Point - Margin, y), XStringFormats.BaseLineRight);
            }
        }

        private void Lines(string text, XFont font, XColor color, double after)
        {
            var height = font.GetHeight() * 1.15;
            foreach (var line in Wrap(text, font, Width))
            {
                Room(height);
                G.DrawString(line, font, new XSolidBrush(color), new XRect(Margin, _y, Width, height), XStringFormats.TopLeft);
                _y += height;
            }

            _y += after;
        }

        private void KeyFigures(KeyFiguresBlock block)
        {
            const double gap = 10;
            var boxWidth = (Width - gap) / 2;
            const double boxHeight = 50;
            for (var i = 0; i < block.Figures.Count; i += 2)
            {
                Room(boxHeight + gap);
                for (var j = 0; j < 2 && i + j < block.Figures.Count; j++)
                {
                    var f = block.Figures[i + j];
                    var x = Margin + (j * (boxWidth + gap));
                    G.DrawRectangle(new XPen(Line, 0.75), new XSolidBrush(HeaderFill), x, _y, boxWidth, boxHeight);
                    G.DrawString(f.Label, _small, new XSolidBrush(Grey), new XRect(x + 8, _y + 7, boxWidth - 16, 12), XStringFormats.TopLeft);
                    G.DrawString(f.Value, _figure, new XSolidBrush(Blue), new XRect(x + 8, _y + 21, boxWidth - 16, 22), XStringFormats.TopLeft);
                }

                _y += boxHeight + gap;
            }

            _y += 2;
        }

        private void Chart(ChartImage chart)
        {
            using var image = XImage.FromStream(new MemoryStream(chart.Png));
            var height = Width * chart.Height / chart.Width;
            Room(height + 4);
            G.DrawImage(image, Margin, _y, Width, height);
            _y += height + 4;
        }

        private void Table(TableBlock table)
        {
            const double pad = 4;
            var n = table.Columns.Count;
            var widths = ColumnWidths(table, pad);
            var lineHeight = _text.GetHeight() * 1.15;

            double RowHeight(IReadOnlyList<string> cells, XFont font) =>
                (Enumerable.Range(0, n).Max(c => Wrap(c < cells.Count ? cells[c] : "", font, widths[c] - (2 * pad)).Count) * lineHeight) + (2 * pad);

            void DrawRow(IReadOnlyList<string> cells, XFont font, bool header, bool total)
            {
                var height = RowHeight(cells, font);
                var x = Margin;
                if (header)
                {
                    G.DrawRectangle(new XSolidBrush(HeaderFill), Margin, _y, Width, height);
                }

                for (var c = 0; c < n; c++)
                {
                    var lines = Wrap(c < cells.Count ? cells[c] : "", font, widths[c] - (2 * pad));
                    for (var l = 0; l < lines.Count; l++)
                    {
                        var rect = new XRect(x + pad, _y + pad + (l * lineHeight), widths[c] - (2 * pad), lineHeight);
                        G.DrawString(lines[l], font, XBrushes.Black, rect, table.Columns[c].Numeric ? XStringFormats.TopRight : XStringFormats.TopLeft);
                    }

                    x += widths[c];
                }

                var pen = header || total ? new XPen(Blue, 1) : new XPen(Line, 0.5);
                G.DrawLine(pen, Margin, total ? _y : _y + height, Margin + Width, total ? _y : _y + height);
                _y += height;
            }

            var headers = table.Columns.Select(c => c.Header).ToList();
            Room(RowHeight(headers, _bold) + RowHeight(table.Rows.Count > 0 ? table.Rows[0] : headers, _text));
            DrawRow(headers, _bold, header: true, total: false);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var total = table.TotalRow && r == table.Rows.Count - 1;
                var font = total ? _bold : _text;
                if (_y + RowHeight(table.Rows[r], font) > Bottom)
                {
                    NewPage();
                    DrawRow(headers, _bold, header: true, total: false);
                }

                DrawRow(table.Rows[r], font, header: false, total);
            }

            _y += 6;
        }

        // Numbers keep their natural width (their header wraps by word); text columns share what is left and wrap.
        private double[] ColumnWidths(TableBlock table, double pad)
        {
            var n = table.Columns.Count;
            var natural = new double[n];
            for (var c = 0; c < n; c++)
            {
                var cells = table.Rows.Select(r => c < r.Count ? r[c] : "").Select(t => G.MeasureString(t, _bold).Width);
                var header = table.Columns[c].Numeric
                    ? table.Columns[c].Header.Split(' ').Max(w => G.MeasureString(w, _bold).Width)
                    : G.MeasureString(table.Columns[c].Header, _bold).Width;
                natural[c] = Math.Max(header, cells.DefaultIfEmpty(0).Max()) + (2 * pad) + 1;
            }

            var fixedWidth = Enumerable.Range(0, n).Where(c => table.Columns[c].Numeric).Sum(c => natural[c]);
            var textColumns = Enumerable.Range(0, n).Where(c => !table.Columns[c].Numeric).ToList();
            var left = Width - fixedWidth;
            if (textColumns.Count == 0)
            {
                var scale = Width / Math.Max(fixedWidth, 1);
                return natural.Select(w => w * scale).ToArray();
            }

            if (left < 60 * textColumns.Count)
            {
                // Too many numbers for the page: everything shrinks in proportion and wraps.
                var scale = Width / natural.Sum();
                return natural.Select(w => w * scale).ToArray();
            }

            // Water-filling: short text columns keep their natural width, the longest ones share what remains and wrap.
            var widths = (double[])natural.Clone();
            var remaining = left;
            var open = textColumns.OrderBy(c => natural[c]).ToList();
            while (open.Count > 0)
            {
                var share = remaining / open.Count;
                var c = open[0];
                widths[c] = natural[c] <= share ? natural[c] : Math.Max(40, share);
                remaining -= widths[c];
                open.RemoveAt(0);
            }

            // Room to spare: first to number columns whose header had to wrap (up to the header on one line)...
            foreach (var c in Enumerable.Range(0, n).Where(c => table.Columns[c].Numeric))
            {
                var full = G.MeasureString(table.Columns[c].Header, _bold).Width + (2 * pad) + 1;
                var extra = Math.Clamp(full - widths[c], 0, Math.Max(0, remaining));
                widths[c] += extra;
                remaining -= extra;
            }

            if (remaining > 0)
            {
                // ...then the widest text column takes the rest, so the table spans the page.
                widths[textColumns.OrderByDescending(c => natural[c]).First()] += remaining;
            }

            // Never wider than the page: whatever the minimum widths added is taken back in proportion.
            var total = widths.Sum();
            return total <= Width ? widths : widths.Select(w => w * Width / total).ToArray();
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Split('\n'))
            {
                var line = "";
                foreach (var word in paragraph.Split(' '))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (line.Length > 0 && G.MeasureString(candidate, font).Width > width)
                    {
                        lines.Add(line);
                        line = word;
                    }
                    else
                    {
                        line = candidate;
                    }
                }

                lines.Add(line);
            }

            return lines;
        }

        private void Room(double height)
        {
            if (_y + height > Bottom)
            {
                NewPage();
            }
        }
    }
}
