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
        writer.WriteLine(Row($"Overgebleven middelen {report.Year - 1}", "", DutchFormat.Euro(report.CarryOver), null));
        writer.WriteLine(Row("Totaal beschikbare middelen", "", DutchFormat.Euro(report.TotalAvailable), null));
    }

    private static string Row(string name, string count, string amount, string? settlement) =>
        $"{name,-30} {count,10} {amount,14}" + (settlement is null ? "" : $" {settlement,14}");
}
