using DutchTechZone.Reports.Charts;
using DutchTechZone.Reports.Formatting;
using DutchTechZone.Reports.Model;

namespace DutchTechZone.Reports.Document;

/// <summary>Lays out the board report in Dutch: one section per subject, a source line under every figure.</summary>
public sealed class BoardReportComposer(ChartRenderer charts)
{
    /// <summary>What every output resting on the bundled snapshot must say (never "CBS").</summary>
    public const string BundledSample = "bundled sample";

    public ReportDocument Compose(BoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var themeChart = charts.Themes(report.Themes);
        var populationChart = charts.Population(report.Population);
        return new ReportDocument(
            $"Bestuursrapportage Dutch TechZone — {report.Period.DutchName}",
            $"Begrotingsjaar {report.Year} · opgemaakt {DutchFormat.Moment(report.RenderedAt)} uit het datawarehouse",
            [
                Resources(report),
                NetworkPlan(report),
                Themes(report, themeChart),
                Population(report, populationChart),
                Regional(report),
                Indicators(report),
                Freshness(report),
            ],
            [themeChart, populationChart]);
    }

    private static ReportSection Resources(BoardReport r)
    {
        var blocks = new List<ReportBlock>
        {
            new KeyFiguresBlock(
            [
                new KeyFigure("Totaal beschikbare middelen", DutchFormat.Euro(r.Resources.TotalAvailable)),
                new KeyFigure($"Gemeentelijke bijdragen ({r.ContributionStatus})", DutchFormat.Euro(r.Resources.ContributionsTotal)),
                new KeyFigure($"Overgebleven middelen {r.Year - 1}", DutchFormat.Euro(r.Resources.CarryOver)),
                new KeyFigure("Netwerk- en Verbindingsplan (begroot)", DutchFormat.Euro(r.NetworkPlan.Budgeted)),
            ]),
        };

        if (r.HasContributions)
        {
            var rate = r.Contributions.Select(c => c.Rate).Distinct().ToList();
            var dates = r.Contributions.Select(c => c.ReferenceDate).Distinct().ToList();
            blocks.Add(new ParagraphBlock(
                $"Bijdragen per gemeente {r.Year}: {(rate.Count == 1 ? "€ " + DutchFormat.Number(rate[0], 2) + " per inwoner" : "tarief per gemeente")}, " +
                $"inwoners per {(dates.Count == 1 ? DutchFormat.Date(dates[0]) : "peildatum per gemeente")}. " +
                "Voorlopig: geteld vóór 1 januari van het begrotingsjaar; definitief zodra CBS 1 januari publiceert, met de verrekening (definitief − voorlopig)."));
            // Narrow enough for a phone: the reference date only as a column when the municipalities differ, the
            // settlement only once there is one (the paragraph above says both).
            var withDate = dates.Count > 1;
            var withSettlement = r.Contributions.Any(c => c.Settlement is not null);
            var columns = new List<TableColumn> { new("Gemeente"), new("Inwoners", true) };
            if (withDate)
            {
                columns.Add(new("Peildatum", true));
            }

            columns.AddRange([new("Bijdrage", true), new("Status")]);
            if (withSettlement)
            {
                columns.Add(new("Verrekening", true));
            }

            IReadOnlyList<string> Row(string name, long inhabitants, string date, decimal amount, string status, string settlement) =>
            [
                name, DutchFormat.Count(inhabitants), .. withDate ? [date] : Array.Empty<string>(), DutchFormat.Euro(amount), status,
                .. withSettlement ? [settlement] : Array.Empty<string>(),
            ];

            var rows = r.Contributions.Select(c => Row(c.Municipality, c.Inhabitants, DutchFormat.Date(c.ReferenceDate), c.Amount, c.DutchStatus,
                c.Settlement is { } s ? DutchFormat.SignedEuro(s) : "—")).ToList();
            rows.Add(Row("Totaal", r.Contributions.Sum(c => c.Inhabitants), "", r.Resources.ContributionsTotal, r.ContributionStatus,
                DutchFormat.SignedEuro(r.Contributions.Sum(c => c.Settlement ?? 0))));
            blocks.Add(new TableBlock(columns, rows, TotalRow: true));
            blocks.Add(new SourceBlock(ContributionSource(r)));
            if (!withSettlement)
            {
                blocks.Add(new ParagraphBlock("Nog geen verrekening: die volgt zodra CBS het inwonertal op 1 januari publiceert."));
            }
        }
        else
        {
            blocks.Add(new ParagraphBlock($"Nog geen gemeentelijke bijdragen berekend voor {r.Year} (dtz budget --year {r.Year})."));
        }

        var resourceRows = new List<IReadOnlyList<string>>
        {
            new[] { "Gemeentelijke bijdragen", DutchFormat.Euro(r.Resources.ContributionsTotal) },
            new[] { $"Overgebleven middelen {r.Year - 1}", DutchFormat.Euro(r.Resources.CarryOver) },
        };
        if (r.Resources.OtherResources != 0)
        {
            resourceRows.Add(["Cofinanciering en overig", DutchFormat.Euro(r.Resources.OtherResources)]);
        }

        resourceRows.Add(["Totaal beschikbare middelen", DutchFormat.Euro(r.Resources.TotalAvailable)]);
        blocks.Add(new TableBlock([new("Middelen"), new("Bedrag", true)], resourceRows, TotalRow: true));
        blocks.Add(new SourceBlock("Bron: bijdragen zie hierboven; overige middelen " + Files(r.FilesOf("funding"))));
        return new ReportSection("Beschikbare middelen en bijdragen per gemeente", blocks);
    }

    private static ReportSection NetworkPlan(BoardReport r)
    {
        var p = r.NetworkPlan;
        return new ReportSection($"Netwerk- en Verbindingsplan {r.Year}",
        [
            new ParagraphBlock("Het Netwerk- en Verbindingsplan is apart meerjarig geld (2023–2027), geen onderdeel van de beschikbare middelen. " +
                               "Cofinanciering (zoals Samen Sterker) is een besteding ervan, geen extra geld."),
            new TableBlock([new("Netwerk- en Verbindingsplan"), new("Bedrag", true)],
            [
                ["Begroot", DutchFormat.Euro(p.Budgeted)],
                ["waarvan geoormerkt (cofinanciering)", DutchFormat.Euro(p.Earmarked)],
                ["besteed (betaald)", DutchFormat.Euro(p.Spent)],
                ["nog vrij", DutchFormat.Euro(p.Free)],
                ["toegewezen aan begrotingsregels", DutchFormat.Euro(p.Allocated)],
                ["Reservering komende jaren", DutchFormat.Euro(p.Reserved)],
            ]),
            new SourceBlock("Bron: " + Files(r.FileSources.Where(f => f.Kind is "funding" or "budget" or "spending").ToList())),
        ]);
    }

    private static ReportSection Themes(BoardReport r, ChartImage chart)
    {
        var rows = r.Themes.Select(t => (IReadOnlyList<string>)
            [$"{t.Theme}", DutchFormat.Euro(t.Budgeted), DutchFormat.Euro(t.Committed), DutchFormat.Euro(t.Paid), DutchFormat.Euro(t.Free)]).ToList();
        rows.Add(["Totaal", DutchFormat.Euro(r.Themes.Sum(t => t.Budgeted)), DutchFormat.Euro(r.Themes.Sum(t => t.Committed)),
            DutchFormat.Euro(r.Themes.Sum(t => t.Paid)), DutchFormat.Euro(r.Themes.Sum(t => t.Free))]);
        return new ReportSection($"Begroting, verplichtingen en betalingen per thema {r.Year}",
        [
            new ChartBlock(chart.Id),
            new SourceBlock("Bron: begroting " + Files(r.FilesOf("budget")) + "; realisatie " + Files(r.FilesOf("spending"))),
            new TableBlock([new("Thema"), new("Begroot", true), new("Verplicht", true), new("Betaald", true), new("Beschikbaar", true)], rows, TotalRow: true),
            new ParagraphBlock("Beschikbaar = begroot − verplicht − betaald. Thema's: " +
                string.Join("; ", r.Themes.Select(t => $"{t.Theme}. {t.Name}")) + "."),
        ]);
    }

    private static ReportSection Population(BoardReport r, ChartImage chart)
    {
        var blocks = new List<ReportBlock>();
        if (r.Population.Count == 0)
        {
            blocks.Add(new ParagraphBlock("Nog geen inwonertallen in het warehouse."));
            return new ReportSection("Inwoners van de vijf partnergemeenten", blocks);
        }

        blocks.Add(new ChartBlock(chart.Id));
        blocks.Add(new SourceBlock(PopulationSource(r)));
        var latest = r.Population.GroupBy(p => p.Municipality, StringComparer.Ordinal).Select(g => g.MaxBy(p => p.ReferenceDate)!).ToList();
        blocks.Add(new TableBlock(
            [new("Gemeente"), new("Laatste telling", true), new("Inwoners", true), new("CBS-status")],
            latest.Select(p => (IReadOnlyList<string>)
                [p.Municipality, DutchFormat.Date(p.ReferenceDate), DutchFormat.Count(p.Inhabitants), p.CbsStatus]).ToList()));
        if (r.Population.Select(p => p.ReferenceDate).Distinct().Count() == 1)
        {
            blocks.Add(new ParagraphBlock("Er is nog maar één telling per gemeente geladen; de lijnen groeien met elke nieuwe CBS-maand."));
        }

        return new ReportSection("Inwoners van de vijf partnergemeenten", blocks);
    }

    private static ReportSection Regional(BoardReport r)
    {
        const string title = "Regionale kerncijfers: gemeenten, COROP, provincie en Nederland";
        var f = r.Regional;
        if (f.IsEmpty)
        {
            return new ReportSection(title, [new ParagraphBlock("Nog geen regionale cijfers.")]);
        }

        var columns = new List<TableColumn> { new("Regio") };
        columns.AddRange(f.Measures.Select(m => new TableColumn($"{m.Title}{(string.IsNullOrWhiteSpace(m.Unit) ? "" : $" ({m.Unit})")}, {CbsPeriodText(m.Period)}", true)));
        var rows = f.Regions.Select(region =>
        {
            var row = new List<string> { $"{region.Name} ({LevelName(region.Level)})" };
            row.AddRange(f.Measures.Select(m => f.ValueOf(region.CbsCode, m.Measure) is { } v ? DutchFormat.Number(v.Value, m.Decimals) : "—"));
            return (IReadOnlyList<string>)row;
        }).ToList();
        return new ReportSection(title,
        [
            new TableBlock(columns, rows),
            new SourceBlock("Bron: " + string.Join("; ", f.Measures.GroupBy(m => m.TableId, StringComparer.Ordinal).Select(g =>
                $"CBS StatLine {g.Key}{(g.Max(m => m.SourceModified) is { } mod ? $" (stand {DutchFormat.Moment(mod)})" : "")}"))),
        ]);
    }

    private static ReportSection Indicators(BoardReport r)
    {
        const string title = "Succesindicatoren: waarde tegenover doel";
        if (r.Indicators.Count == 0)
        {
            return new ReportSection(title, [new ParagraphBlock("Nog geen indicatoren aangeleverd.")]);
        }

        var rows = r.Indicators.Select(i => (IReadOnlyList<string>)
        [
            i.Indicator + (i.Municipality is { } m ? $" — {m}" : "") + (UnitText(i.Unit) is { Length: > 0 } u ? $" ({u})" : ""),
            i.Period, Value(i.Value), i.Target is { } t ? Value(t) : "—",
            i.Target is { } target && target != 0 ? DutchFormat.Number(decimal.Round(i.Value / target * 100m, 0), 0) + "%" : "—",
        ]).ToList();
        return new ReportSection(title,
        [
            new TableBlock([new("Indicator (eenheid)"), new("Periode"), new("Waarde", true), new("Doel", true), new("Van doel", true)], rows),
            new SourceBlock("Bron: " + Files(r.FilesOf("indicator"))),
        ]);
    }

    private static ReportSection Freshness(BoardReport r)
    {
        var blocks = new List<ReportBlock>();
        blocks.Add(new ParagraphBlock("Laatste geslaagde lading per CBS-tabel en per aangeleverd bestand."));
        blocks.Add(r.Imports.Count == 0
            ? new ParagraphBlock("Nog niets geladen.")
            : new TableBlock([new("Bron"), new("Geladen", true), new("Gecontroleerd", true)],
                r.Imports.Select(i => (IReadOnlyList<string>)
                [
                    i.Kind == "cbs"
                        ? $"CBS-tabel {i.Name}{(i.Origin == BundledSample ? " (bundled sample)" : "")}{(i.CbsModified is { } m ? $", stand {DutchFormat.Date(DateOnly.FromDateTime(DutchTime.ToAmsterdam(m).DateTime))}" : "")}"
                        : i.Name,
                    i.LoadedAt is { } l ? DutchFormat.Moment(l) : "—",
                    i.CheckedAt is { } c ? DutchFormat.Moment(c) : "—",
                ]).ToList()));
        blocks.Add(new SourceBlock("Bron: etl_import (laadlogboek van het warehouse)"));
        blocks.Add(new ParagraphBlock($"Afgewezen bestanden sinds {DutchFormat.Date(r.Period.Start)}:"));
        blocks.Add(r.Rejections.Count == 0
            ? new ParagraphBlock("Geen afgewezen bestanden.")
            : new TableBlock([new("Bestand"), new("Afgewezen", true), new("Fouten", true), new("Eerste fout")],
                r.Rejections.Select(x => (IReadOnlyList<string>)
                [
                    x.FileName, x.RejectedAt is { } at ? DutchFormat.Moment(at) : "—", DutchFormat.Count(x.Errors), x.FirstError ?? "",
                ]).ToList()));
        blocks.Add(new SourceBlock("Bron: etl_import en etl_rejection; de volledige foutenlijst staat naast het bestand in drop/rejected (.fouten.html)."));
        return new ReportSection("Actualiteit van de gegevens en afgewezen bestanden", blocks);
    }

    private static string ContributionSource(BoardReport r)
    {
        var origins = r.Contributions.Select(c => c.Source).Distinct(StringComparer.Ordinal).ToList();
        var tables = string.Join("; ", r.PopulationSources.Select(s =>
            $"tabel {s.TableId}{(s.Modified is { } m ? $", stand {DutchFormat.Moment(m)}" : "")}"));
        return origins.Contains(BundledSample)
            ? $"Bron: bundled sample — voorbeeldcijfers uit het Jaarplan {r.Year} in CBS-formaat, geen CBS-cijfers ({tables})"
            : $"Bron: CBS StatLine, {tables}";
    }

    private static string PopulationSource(BoardReport r)
    {
        var table = r.Population[0].TableId;
        var source = r.PopulationSources.Where(s => s.TableId == table).ToList();
        var stamp = source.Max(s => s.Modified) is { } m ? $", stand {DutchFormat.Moment(m)}" : "";
        return source.Any(s => s.Origin == BundledSample)
            ? $"Bron: bundled sample — voorbeeldcijfers in CBS-formaat, geen CBS-cijfers (tabel {table}{stamp})"
            : $"Bron: CBS StatLine, tabel {table}{stamp}";
    }

    private static string Files(IReadOnlyList<FileSource> files) =>
        files.Count == 0
            ? "geen aangeleverde bestanden"
            : string.Join(", ", files.GroupBy(f => f.FileName, StringComparer.Ordinal).Select(g =>
                $"{g.Key}{(g.Max(f => f.ReceivedAt) is { } at ? $" (ontvangen {DutchFormat.Moment(at)})" : "")}"));

    private static string Value(decimal value) => DutchFormat.Number(value, value == decimal.Truncate(value) ? 0 : 1);

    private static string UnitText(string? unit) => unit switch
    {
        null or "" => "",
        "procent" or "%" => "%",
        _ => unit,
    };

    private static string LevelName(string level) => level switch
    {
        "gemeente" => "gemeente",
        "corop" => "COROP",
        "provincie" => "provincie",
        "land" => "land",
        _ => level,
    };

    // 2024JJ00 → 2024, 2024KW02 → 2e kwartaal 2024, 2024MM05 → mei 2024.
    private static string CbsPeriodText(string period)
    {
        if (period.Length != 8 || !int.TryParse(period[..4], System.Globalization.CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(period[6..], System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return period;
        }

        return period[4..6] switch
        {
            "JJ" => $"{year}",
            "KW" when n is >= 1 and <= 4 => $"{n}e kwartaal {year}",
            "MM" when n is >= 1 and <= 12 => $"{DutchFormat.MonthName(n)} {year}",
            _ => period,
        };
    }
}
