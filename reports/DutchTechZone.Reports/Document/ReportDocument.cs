namespace DutchTechZone.Reports.Document;

/// <summary>
/// The board report laid out once, independent of the output: sections (one page per subject in the PDF) made of
/// blocks. The HTML and PDF writers render this; all Dutch wording and number formatting happens before it.
/// </summary>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections, IReadOnlyList<ChartImage> Charts);

/// <summary>One subject: a title and its blocks.</summary>
public sealed record ReportSection(string Title, IReadOnlyList<ReportBlock> Blocks);

/// <summary>A piece of a section.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph of text.</summary>
public sealed record ParagraphBlock(string Text) : ReportBlock;

/// <summary>Big headline figures: label and value.</summary>
public sealed record KeyFiguresBlock(IReadOnlyList<KeyFigure> Figures) : ReportBlock;

/// <summary>One headline figure.</summary>
public sealed record KeyFigure(string Label, string Value);

/// <summary>A table; <paramref name="TotalRow"/> marks the last row as a total (bold).</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, bool TotalRow = false) : ReportBlock;

/// <summary>A column header; numbers are right-aligned.</summary>
public sealed record TableColumn(string Header, bool Numeric = false);

/// <summary>A chart (see <see cref="ReportDocument.Charts"/>).</summary>
public sealed record ChartBlock(string ChartId) : ReportBlock;

/// <summary>Where the figure above comes from: "Bron: CBS 37230ned (stand 1-10-2025)".</summary>
public sealed record SourceBlock(string Text) : ReportBlock;

/// <summary>A rendered chart: PNG bytes, pixel size and a text alternative.</summary>
public sealed record ChartImage(string Id, byte[] Png, int Width, int Height, string AltText)
{
    /// <summary>The file name in the mail (Content-Id) and beside report.html.</summary>
    public string FileName => Id + ".png";
}
