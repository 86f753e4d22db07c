using System.Globalization;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Etl.Budget;

/// <summary>
/// The municipal contribution rules of budget.md §1: rate × inhabitants on 1 January of the budget year
/// (definitive), before that on the adopted provisional reference date or the latest month-end before
/// 1 January (provisional), and the settlement definitive − provisional.
/// </summary>
/// <remarks>
/// CBS counts either at the start of a day (population on 1 January, at the start of a month) or at its end
/// ("stand per 30-9-2025", the end of a month). The start of a day equals the end of the day before
/// (CBS: end of month m = start of month m+1), so every count is placed at the end of a day before matching.
/// </remarks>
public static class ContributionRules
{
    /// <summary>Computes the contribution of every municipality.</summary>
    /// <exception cref="BudgetUnavailableException">A municipality has no usable count; the message names which and for which date.</exception>
    public static IReadOnlyList<ContributionLine> Compute(int year, BudgetYearOptions settings, IReadOnlyList<Municipality> municipalities, IReadOnlyList<PopulationCount> counts)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentNullException.ThrowIfNull(counts);
        var rateCents = settings.Rate * 100m;
        if (settings.Rate <= 0 || rateCents != decimal.Truncate(rateCents))
        {
            throw new ArgumentException($"The rate for {year} must be a positive amount in whole cents, not {settings.Rate}.", nameof(settings));
        }

        var firstOfJanuary = new DateOnly(year, 1, 1);
        var definitiveMoment = firstOfJanuary.AddDays(-1);
        var lines = new List<ContributionLine>();
        var missing = new List<string>();
        foreach (var municipality in municipalities)
        {
            var own = counts.Where(c => string.Equals(c.CbsCode, municipality.CbsCode, StringComparison.OrdinalIgnoreCase)).ToList();
            var provisionalDate = settings.ProvisionalReferenceDate
                ?? own.Select(EndOfDay).Where(d => d < definitiveMoment && IsMonthEnd(d)).Cast<DateOnly?>().Max();
            var provisional = provisionalDate is { } p ? Best(own, p) : null;
            var definitive = Best(own, definitiveMoment);

            if (definitive is not null)
            {
                var amount = Amount(definitive.Inhabitants, settings.Rate);
                decimal? provisionalAmount = provisional is null ? null : Amount(provisional.Inhabitants, settings.Rate);
                lines.Add(Line(municipality, definitive, amount, "definitive", firstOfJanuary, amount - provisionalAmount, provisionalAmount));
            }
            else if (provisional is not null)
            {
                lines.Add(Line(municipality, provisional, Amount(provisional.Inhabitants, settings.Rate), "provisional", provisionalDate!.Value, null, null));
            }
            else
            {
                var wanted = provisionalDate is { } d
                    ? $"1-1-{year} of {d.ToString("d-M-yyyy", CultureInfo.InvariantCulture)}"
                    : $"1-1-{year} of een maandeinde ervoor";
                missing.Add($"{municipality.Name} ({municipality.CbsCode}): geen inwonertal per {wanted}");
            }
        }

        if (missing.Count > 0)
        {
            throw new BudgetUnavailableException($"Geen bevolkingscijfers voor de begroting {year}: " + string.Join("; ", missing) + ".");
        }

        return lines;
    }

    /// <summary>Inhabitants × rate, rounded to the cent (half away from zero).</summary>
    public static decimal Amount(long inhabitants, decimal rate) => Math.Round(inhabitants * rate, 2, MidpointRounding.AwayFromZero);

    /// <summary>The day at whose end a count was taken.</summary>
    public static DateOnly EndOfDay(PopulationCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return count.CountsAt == "start_of_day" ? count.ReferenceDate.AddDays(-1) : count.ReferenceDate;
    }

    private static bool IsMonthEnd(DateOnly date) => date.AddDays(1).Day == 1;

    // Several tables can count the same moment: prefer CBS-definitive figures, then the 1 January table, then the latest load.
    private static PopulationCount? Best(IEnumerable<PopulationCount> counts, DateOnly moment) => counts
        .Where(c => EndOfDay(c) == moment)
        .OrderByDescending(c => c.CbsStatus == "Definitief")
        .ThenByDescending(c => c.TableId == "03759ned")
        .ThenByDescending(c => c.LoadedAt)
        .FirstOrDefault();

    private static ContributionLine Line(Municipality m, PopulationCount c, decimal amount, string status, DateOnly referenceDate, decimal? settlement, decimal? provisionalAmount) =>
        new(m.CbsCode, m.Name, c.Inhabitants, amount, status, referenceDate, settlement, provisionalAmount, c.CbsStatus, c.CbsPeriod, c.Origin, c.SourceKey);
}
