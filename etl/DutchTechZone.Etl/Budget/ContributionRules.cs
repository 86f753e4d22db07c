using System.Globalization;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Etl.Budget;

/// <summary>
/// The municipal contribution rules of budget.md §1: rate × inhabitants on 1 January of the budget year
/// (definitive), before that on the adopted provisional reference date or the latest month-end before
/// 1 January that all municipalities share (provisional), and the settlement definitive − provisional, where the
/// provisional amount of an adopted budget is the one first stored (frozen), not a later CBS revision.
/// </summary>
/// <remarks>
/// CBS counts either at the start of a day (population on 1 January, at the start of a month) or at its end
/// ("stand per 30-9-2025", the end of a month). The start of a day equals the end of the day before
/// (CBS: end of month m = start of month m+1), so every count is placed at the end of a day before matching.
/// </remarks>
public static class ContributionRules
{
    /// <summary>The highest rate per inhabitant accepted (euros): far above any programme's, low enough that no amount overflows.</summary>
    public const decimal MaximumRate = 1000m;

    /// <summary>Computes the contribution of every municipality.</summary>
    /// <exception cref="BudgetUnavailableException">A municipality has no usable count; the message names which and for which date.</exception>
    /// <param name="frozenProvisional">
    /// Provisional counts stored when the year's provisional contributions were first computed on the adopted
    /// reference date. They are what was invoiced, so they win over later CBS revisions of that date.
    /// </param>
    public static IReadOnlyList<ContributionLine> Compute(
        int year,
        BudgetYearOptions settings,
        IReadOnlyList<Municipality> municipalities,
        IReadOnlyList<PopulationCount> counts,
        IReadOnlyList<PopulationCount>? frozenProvisional = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentNullException.ThrowIfNull(counts);
        var rateCents = settings.Rate * 100m;
        if (settings.Rate <= 0 || settings.Rate > MaximumRate || rateCents != decimal.Truncate(rateCents))
        {
            throw new BudgetConfigurationException(
                $"Het tarief voor {year} (Budget:Years:{year}:Rate) moet een bedrag in hele centen zijn, groter dan 0 en hoogstens {MaximumRate.ToString(System.Globalization.CultureInfo.InvariantCulture)} euro per inwoner, niet {settings.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        var firstOfJanuary = new DateOnly(year, 1, 1);
        var definitiveMoment = firstOfJanuary.AddDays(-1);
        var lines = new List<ContributionLine>();
        var missing = new List<string>();
        var commonDate = settings.ProvisionalReferenceDate ?? LatestCommonMonthEnd(municipalities, counts, definitiveMoment);
        foreach (var municipality in municipalities)
        {
            var own = counts.Where(c => SameMunicipality(c, municipality)).ToList();
            var provisionalDate = commonDate
                ?? own.Select(EndOfDay).Where(d => d < definitiveMoment && IsMonthEnd(d)).Cast<DateOnly?>().Max();
            var frozen = settings.ProvisionalReferenceDate is { } adopted
                ? frozenProvisional?.FirstOrDefault(f => SameMunicipality(f, municipality) && EndOfDay(f) == adopted)
                : null;
            var provisional = frozen ?? (provisionalDate is { } p ? Best(own, p) : null);
            var definitive = Best(own, definitiveMoment);

            if (definitive is not null)
            {
                var amount = Amount(definitive.Inhabitants, settings.Rate);
                decimal? provisionalAmount = provisional is null ? null : AmountOf(provisional, settings.Rate);
                lines.Add(Line(municipality, definitive, amount, settings.Rate, "definitive", firstOfJanuary, amount - provisionalAmount, provisionalAmount));
            }
            else if (provisional is not null)
            {
                lines.Add(Line(municipality, provisional, AmountOf(provisional, settings.Rate), RateOf(provisional, settings.Rate), "provisional", provisionalDate!.Value, null, null, frozen is not null));
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

    /// <summary>The amount of a count: the invoiced amount of a frozen provisional contribution (a later rate change does
    /// not alter what was invoiced), else inhabitants × rate.</summary>
    public static decimal AmountOf(PopulationCount count, decimal rate)
    {
        ArgumentNullException.ThrowIfNull(count);
        return count.AmountCents is { } cents ? cents / 100m : Amount(count.Inhabitants, rate);
    }

    /// <summary>The rate of a count's amount: the rate a frozen provisional contribution was invoiced at, else the year's rate.</summary>
    public static decimal RateOf(PopulationCount count, decimal rate)
    {
        ArgumentNullException.ThrowIfNull(count);
        return count.AmountCents is not null && count.RateCents is { } cents ? cents / 100m : rate;
    }

    /// <summary>The day at whose end a count was taken.</summary>
    public static DateOnly EndOfDay(PopulationCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return count.CountsAt == "start_of_day" ? count.ReferenceDate.AddDays(-1) : count.ReferenceDate;
    }

    private static bool IsMonthEnd(DateOnly date) => date.AddDays(1).Day == 1;

    private static bool SameMunicipality(PopulationCount count, Municipality municipality) =>
        string.Equals(count.CbsCode, municipality.CbsCode, StringComparison.OrdinalIgnoreCase);

    // One provisional date for the whole budget: the latest month-end before 1 January at which every municipality
    // has a count. Null when there is none (then each municipality falls back to its own latest month-end).
    private static DateOnly? LatestCommonMonthEnd(IReadOnlyList<Municipality> municipalities, IReadOnlyList<PopulationCount> counts, DateOnly definitiveMoment)
    {
        var perMunicipality = municipalities
            .Select(m => counts.Where(c => SameMunicipality(c, m)).Select(EndOfDay).Where(d => d < definitiveMoment && IsMonthEnd(d)).ToHashSet())
            .ToList();
        if (perMunicipality.Count == 0)
        {
            return null;
        }

        var shared = perMunicipality.Skip(1).Aggregate(new HashSet<DateOnly>(perMunicipality[0]), (all, next) =>
        {
            all.IntersectWith(next);
            return all;
        });
        return shared.Count == 0 ? null : shared.Max();
    }

    // Several tables can count the same moment: prefer CBS-definitive figures, then the 1 January table, then the latest load.
    private static PopulationCount? Best(IEnumerable<PopulationCount> counts, DateOnly moment) => counts
        .Where(c => EndOfDay(c) == moment)
        .OrderByDescending(c => c.CbsStatus == "Definitief")
        .ThenByDescending(c => c.TableId == "03759ned")
        .ThenByDescending(c => c.LoadedAt)
        .FirstOrDefault();

    private static ContributionLine Line(Municipality m, PopulationCount c, decimal amount, decimal rate, string status, DateOnly referenceDate, decimal? settlement, decimal? provisionalAmount, bool frozen = false) =>
        new(m.CbsCode, m.Name, c.Inhabitants, amount, rate, status, referenceDate, settlement, provisionalAmount, c.CbsStatus, c.CbsPeriod, c.Origin, c.SourceKey, frozen);
}
