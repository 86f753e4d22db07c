using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutchTechZone.Reports.Formatting;
using DutchTechZone.Reports.Model;

namespace DutchTechZone.Reports.Xlsx;

/// <summary>
/// Writes the report's figures as an .xlsx with the OpenXML SDK: amounts are numbers with a euro number format,
/// counts numbers with thousands separators, dates real dates — never text — so the board can calculate with them.
/// </summary>
public sealed class XlsxReportWriter
{
    public byte[] Write(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = XlsxStyles.Create();

            Add(workbook, "Overzicht", [40, 18], Overview(report));
            Add(workbook, "Bijdragen", [12, 18, 12, 12, 12, 10, 14, 14, 12, 30], Contributions(report));
            Add(workbook, "Thema's", [8, 70, 14, 14, 14, 14], Themes(report));
            Add(workbook, "Inwoners", [12, 18, 12, 12, 12, 12], Population(report));
            Add(workbook, "Regionaal", [30, 12, .. report.Regional.Measures.Select(_ => 22.0)], Regional(report));
            Add(workbook, "Indicatoren", [40, 12, 12, 16, 12, 12, 10, 30], Indicators(report));
            Add(workbook, "Bronnen", [14, 40, 18, 18], Sources(report));
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static IEnumerable<XRow> Overview(BoardReport r)
    {
        yield return new XRow(XCell.Bold($"Bestuursrapportage Dutch TechZone — {r.Period.DutchName}"));
        yield return new XRow(XCell.Text("Periode"), XCell.Text(r.Period.ToString()));
        yield return new XRow(XCell.Text("Begrotingsjaar"), XCell.Integer(r.Year, grouped: false));
        yield return new XRow(XCell.Text("Opgemaakt"), XCell.Moment(r.RenderedAt));
        yield return XRow.Empty;
        yield return new XRow(XCell.Bold("Middelen"), XCell.Bold("Bedrag"));
        yield return new XRow(XCell.Text($"Gemeentelijke bijdragen ({r.ContributionStatus})"), XCell.Euro(r.Resources.ContributionsTotal));
        yield return new XRow(XCell.Text($"Overgebleven middelen {r.Year - 1}"), XCell.Euro(r.Resources.CarryOver));
        yield return new XRow(XCell.Text("Cofinanciering en overig"), XCell.Euro(r.Resources.OtherResources));
        yield return new XRow(XCell.Bold("Totaal beschikbare middelen"), XCell.Euro(r.Resources.TotalAvailable, bold: true));
        yield return XRow.Empty;
        yield return new XRow(XCell.Bold("Netwerk- en Verbindingsplan"), XCell.Bold("Bedrag"));
        yield return new XRow(XCell.Text("Begroot"), XCell.Euro(r.NetworkPlan.Budgeted));
        yield return new XRow(XCell.Text("Geoormerkt (cofinanciering)"), XCell.Euro(r.NetworkPlan.Earmarked));
        yield return new XRow(XCell.Text("Besteed"), XCell.Euro(r.NetworkPlan.Spent));
        yield return new XRow(XCell.Text("Nog vrij"), XCell.Euro(r.NetworkPlan.Free));
        yield return new XRow(XCell.Text("Toegewezen aan begrotingsregels"), XCell.Euro(r.NetworkPlan.Allocated));
        yield return new XRow(XCell.Text("Reservering komende jaren"), XCell.Euro(r.NetworkPlan.Reserved));
    }

    private static IEnumerable<XRow> Contributions(BoardReport r)
    {
        yield return XRow.Header("CBS-code", "Gemeente", "Inwoners", "Peildatum", "Status", "Tarief", "Bijdrage", "Verrekening", "CBS-status", "Bron");
        foreach (var c in r.Contributions)
        {
            yield return new XRow(
                XCell.Text(c.CbsCode), XCell.Text(c.Municipality), XCell.Integer(c.Inhabitants), XCell.Date(c.ReferenceDate), XCell.Text(c.DutchStatus),
                XCell.Euro(c.Rate), XCell.Euro(c.Amount), c.Settlement is { } s ? XCell.Euro(s) : XCell.Blank, XCell.Text(c.CbsStatus), XCell.Text(c.Source));
        }

        yield return new XRow(
            XCell.Bold("Totaal"), XCell.Blank, XCell.Integer(r.Contributions.Sum(c => c.Inhabitants), bold: true), XCell.Blank, XCell.Text(r.ContributionStatus),
            XCell.Blank, XCell.Euro(r.Resources.ContributionsTotal, bold: true));
    }

    private static IEnumerable<XRow> Themes(BoardReport r)
    {
        yield return XRow.Header("Thema", "Naam", "Begroot", "Verplicht", "Betaald", "Beschikbaar");
        foreach (var t in r.Themes)
        {
            yield return new XRow(XCell.Integer(t.Theme, grouped: false), XCell.Text(t.Name), XCell.Euro(t.Budgeted), XCell.Euro(t.Committed), XCell.Euro(t.Paid), XCell.Euro(t.Free));
        }

        yield return new XRow(XCell.Bold("Totaal"), XCell.Blank, XCell.Euro(r.Themes.Sum(t => t.Budgeted), true), XCell.Euro(r.Themes.Sum(t => t.Committed), true),
            XCell.Euro(r.Themes.Sum(t => t.Paid), true), XCell.Euro(r.Themes.Sum(t => t.Free), true));
    }

    private static IEnumerable<XRow> Population(BoardReport r)
    {
        yield return XRow.Header("CBS-code", "Gemeente", "Peildatum", "Inwoners", "CBS-tabel", "CBS-status");
        foreach (var p in r.Population)
        {
            yield return new XRow(XCell.Text(p.CbsCode), XCell.Text(p.Municipality), XCell.Date(p.ReferenceDate), XCell.Integer(p.Inhabitants), XCell.Text(p.TableId), XCell.Text(p.CbsStatus));
        }
    }

    private static IEnumerable<XRow> Regional(BoardReport r)
    {
        var f = r.Regional;
        if (f.IsEmpty)
        {
            yield return new XRow(XCell.Text("Nog geen regionale cijfers."));
            yield break;
        }

        yield return XRow.Header(["Regio", "Niveau", .. f.Measures.Select(m => $"{m.Title}{(string.IsNullOrWhiteSpace(m.Unit) ? "" : $" ({m.Unit})")} {m.Period}")]);
        foreach (var region in f.Regions)
        {
            yield return new XRow([XCell.Text(region.Name), XCell.Text(region.Level),
                .. f.Measures.Select(m => f.ValueOf(region.CbsCode, m.Measure) is { } v ? XCell.Decimal(v.Value, m.Decimals) : XCell.Blank)]);
        }

        yield return XRow.Empty;
        foreach (var m in f.Measures)
        {
            yield return new XRow(XCell.Text($"Bron {m.Title}"), XCell.Text($"CBS {m.TableId}"), m.SourceModified is { } mod ? XCell.Moment(mod) : XCell.Blank);
        }
    }

    private static IEnumerable<XRow> Indicators(BoardReport r)
    {
        yield return XRow.Header("Indicator", "Periode", "Einde periode", "Gemeente", "Waarde", "Doel", "Eenheid", "Bron");
        foreach (var i in r.Indicators)
        {
            yield return new XRow(XCell.Text(i.Indicator), XCell.Text(i.Period), XCell.Date(i.PeriodEnd), XCell.Text(i.Municipality ?? "regio"),
                XCell.Decimal(i.Value, 2), i.Target is { } t ? XCell.Decimal(t, 2) : XCell.Blank, XCell.Text(i.Unit ?? ""), XCell.Text(i.SourceFile));
        }
    }

    private static IEnumerable<XRow> Sources(BoardReport r)
    {
        yield return XRow.Header("Soort", "Bron", "Stand / ontvangen", "Geladen");
        foreach (var s in r.PopulationSources)
        {
            yield return new XRow(XCell.Text("CBS-tabel"), XCell.Text($"{s.TableId} ({s.Origin})"),
                s.Modified is { } m ? XCell.Moment(m) : XCell.Blank, s.LoadedAt is { } l ? XCell.Moment(l) : XCell.Blank);
        }

        foreach (var f in r.FileSources)
        {
            yield return new XRow(XCell.Text(f.Kind switch { "funding" => "Middelen", "budget" => "Begroting", "spending" => "Realisatie", _ => "Indicatoren" }),
                XCell.Text(f.FileName), f.ReceivedAt is { } at ? XCell.Moment(at) : XCell.Blank);
        }
    }

    private static void Add(WorkbookPart workbook, string name, double[] widths, IEnumerable<XRow> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint index = 1;
        foreach (var row in rows)
        {
            var xml = new Row { RowIndex = index };
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (row.Cells[c].ToCell($"{ColumnName(c)}{index}") is { } cell)
                {
                    xml.Append(cell);
                }
            }

            data.Append(xml);
            index++;
        }

        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));
        part.Worksheet = new Worksheet(columns, data);
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(sheets.Count() + 1), Name = name });
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}

/// <summary>A row of cells.</summary>
internal sealed record XRow(IReadOnlyList<XCell> Cells)
{
    public XRow(params XCell[] cells)
        : this((IReadOnlyList<XCell>)cells)
    {
    }

    public static XRow Empty { get; } = new(Array.Empty<XCell>());

    public static XRow Header(params string[] names) => new(names.Select(XCell.Bold).ToArray());
}

/// <summary>One cell: text, or a number with a style (euro, count, date).</summary>
internal sealed record XCell(string? Content, decimal? Number, uint Style)
{
    public static XCell Blank { get; } = new(null, null, XlsxStyles.Default);

    public static XCell Text(string text) => new(text, null, XlsxStyles.Default);

    public static XCell Bold(string text) => new(text, null, XlsxStyles.Bold);

    public static XCell Euro(decimal value, bool bold = false) => new(null, value, bold ? XlsxStyles.EuroBold : XlsxStyles.Euro);

    public static XCell Integer(long value, bool bold = false, bool grouped = true) =>
        new(null, value, grouped ? (bold ? XlsxStyles.CountBold : XlsxStyles.Count) : XlsxStyles.Default);

    public static XCell Decimal(decimal value, int decimals) => new(null, value, decimals > 0 ? XlsxStyles.Decimal : XlsxStyles.Count);

    public static XCell Date(DateOnly value) => new(null, (decimal)value.ToDateTime(TimeOnly.MinValue).ToOADate(), XlsxStyles.Date);

    public static XCell Moment(DateTimeOffset value) => new(null, (decimal)DutchTime.ToAmsterdam(value).DateTime.ToOADate(), XlsxStyles.Moment);

    public Cell? ToCell(string reference)
    {
        if (Number is { } number)
        {
            return new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number), StyleIndex = Style };
        }

        if (Content is { } text)
        {
            return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = Style };
        }

        return null;
    }
}
