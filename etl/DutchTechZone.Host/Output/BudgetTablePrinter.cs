using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Population;

namespace DutchTechZone.Host.Output;

/// <summary>Prints a budget as a Dutch table, the way the Jaarplan shows it.</summary>
public static class BudgetTablePrinter
{
    public static void Print(BudgetReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var status = report.Status == "definitive" ? "definitief" : "voorlopig";
        var basis = report.ReferenceDate is { } date ? $"inwoners per {DutchFormat.Date(date)}" : "inwoners per peildatum (zie per gemeente)";
        writer.WriteLine($"Begroting {report.Year}: gemeentelijke bijdrage ({status}, {basis}, {DutchFormat.EuroWithCents(report.Rate)} per inwoner)");
        writer.WriteLine(report.Source.Contains(CbsOrigin.BundledSample, StringComparison.Ordinal)
            ? "Bron: bundled sample — voorbeeldcijfers uit het Jaarplan 2026 (stand per 30-9-2025), geen CBS-cijfers"
            : $"Bron: {report.Source}");
        writer.WriteLine();

        var hasSettlement = report.Contributions.Any(c => c.Settlement is not null);
        writer.WriteLine(Row("Gemeente", "Inwoners", "Bijdrage", hasSettlement ? "Verrekening" : null));
        foreach (var c in report.Contributions)
        {
            writer.WriteLine(Row(c.Municipality, DutchFormat.Count(c.Inhabitants), DutchFormat.Euro(c.Amount),
                hasSettlement ? (c.Settlement is { } s ? DutchFormat.Euro(s) : "") : null));
        }

        writer.WriteLine(Row("Totaal", DutchFormat.Count(report.Contributions.Sum(c => c.Inhabitants)), DutchFormat.Euro(report.ContributionsTotal), null));
        foreach (var c in report.Contributions.Where(c => c.Frozen))
        {
            writer.WriteLine($"  {c.Municipality}: gefactureerd ({DutchFormat.EuroWithCents(c.Rate)} per inwoner), bevroren volgens de begrotingsregels");
        }

        writer.WriteLine(Row($"Overgebleven middelen {report.Year - 1}", "", DutchFormat.Euro(report.CarryOver), null));
        if (report.OtherResources != 0)
        {
            writer.WriteLine(Row("Cofinanciering en overig", "", DutchFormat.Euro(report.OtherResources), null));
        }

        writer.WriteLine(Row("Totaal beschikbare middelen", "", DutchFormat.Euro(report.TotalAvailable), null));

        var plan = report.NetworkPlan;
        if (plan.Budgeted != 0 || plan.Reserved != 0)
        {
            writer.WriteLine();
            writer.WriteLine($"Netwerk- en Verbindingsplan {report.Year}");
            writer.WriteLine(Row("Begroot", "", DutchFormat.Euro(plan.Budgeted), null));
            writer.WriteLine(Row("  waarvan geoormerkt", "", DutchFormat.Euro(plan.Earmarked), null));
            writer.WriteLine(Row("  besteed", "", DutchFormat.Euro(plan.Spent), null));
            writer.WriteLine(Row("  nog vrij", "", DutchFormat.Euro(plan.Free), null));
            writer.WriteLine(Row("Reservering komende jaren", "", DutchFormat.Euro(plan.Reserved), null));
        }

        if (report.Themes.Any(t => t.Budgeted != 0 || t.Committed != 0 || t.Paid != 0))
        {
            writer.WriteLine();
            writer.WriteLine($"{"Thema",-6} {"Begroot",14} {"Verplicht",14} {"Betaald",14} {"Beschikbaar",14}");
            foreach (var t in report.Themes)
            {
                writer.WriteLine($"{t.Theme,-6} {DutchFormat.Euro(t.Budgeted),14} {DutchFormat.Euro(t.Committed),14} {DutchFormat.Euro(t.Paid),14} {DutchFormat.Euro(t.Free),14}");
            }
        }

        PrintChanges(report, writer);
    }

    private static void PrintChanges(BudgetReport report, TextWriter writer)
    {
        if (report.Changes.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("Wijzigingen in opgeslagen bijdragen");
        foreach (var c in report.Changes)
        {
            var what = c.Applied ? "aangepast" : "niet aangepast: gefactureerd bedrag blijft staan";
            writer.WriteLine($"{DutchFormat.Time(c.ChangedAt)} {c.Municipality} ({(c.Status == "definitive" ? "definitief" : "voorlopig")}): " +
                $"{DutchFormat.Count(c.BeforeInhabitants)} inwoners × {DutchFormat.EuroWithCents(c.BeforeRate)} = {DutchFormat.Euro(c.BeforeAmount)} → " +
                $"{DutchFormat.Count(c.AfterInhabitants)} inwoners × {DutchFormat.EuroWithCents(c.AfterRate)} = {DutchFormat.Euro(c.AfterAmount)} " +
                $"({ReasonText(c.Reason)}; {what})");
        }
    }

    /// <summary>A change's reason codes in Dutch.</summary>
    internal static string ReasonText(string reason) => string.Join(", ", reason.Split(", ").Select(r => r switch
    {
        "cbs_revision" => "CBS-herziening",
        "rate_change" => "tariefwijziging",
        "reference_date" => "andere peildatum",
        "source" => "andere bron",
        _ => "ander bedrag",
    }));

    private static string Row(string name, string count, string amount, string? settlement) =>
        $"{name,-30} {count,10} {amount,14}" + (settlement is null ? "" : $" {settlement,14}");
}
