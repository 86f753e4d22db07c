using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Etl.Budget;

/// <summary>Computes a year's budget from the warehouse, stores the contributions (<c>fact_contribution</c>) and reports it.</summary>
public sealed class BudgetCalculator(
    PopulationQueries population,
    BudgetQueries budget,
    ContributionWriter contributions,
    BudgetOptions options,
    IReadOnlyList<Municipality> municipalities)
{
    /// <summary>The budget of <paramref name="year"/>.</summary>
    /// <exception cref="BudgetUnavailableException">No population figures for one or more municipalities.</exception>
    /// <exception cref="BudgetConfigurationException">The year has no rate configured.</exception>
    public async Task<BudgetReport> ComputeAsync(int year, CancellationToken ct = default)
    {
        var (settings, lines, records) = await ContributionsAsync(year, ct);
        await contributions.SaveAsync(records, ct);
        var changes = (await contributions.ChangesAsync(year, ct)).Select(ContributionChangeSummary.From).ToList();

        var total = lines.Sum(l => l.Amount);
        var resources = await budget.BudgetResourcesAsync(year, ct);
        var carryOver = resources.CarryOver;
        var otherResources = resources.OtherResources;
        var networkPlan = new NetworkPlanSummary(
            resources.NetworkBudgeted, resources.NetworkReserved, resources.NetworkEarmarked, resources.NetworkSpent, resources.NetworkFree, resources.NetworkAllocated);
        var themes = resources.Themes.Select(t => new ThemeSummary(t.Theme, t.Name, t.Budgeted, t.Committed, t.Paid, t.Free)).ToList();

        var dates = lines.Select(l => l.ReferenceDate).Distinct().ToList();
        var origins = lines.Select(l => l.Origin).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new BudgetReport(
            year,
            settings.Rate,
            lines.All(l => l.Status == "definitive") ? "definitive" : "provisional",
            dates.Count == 1 ? dates[0] : null,
            string.Join(" + ", origins),
            lines,
            total,
            carryOver,
            otherResources,
            total + carryOver + otherResources,
            networkPlan,
            themes,
            changes);
    }

    /// <summary>
    /// The contributions <see cref="ComputeAsync"/> would store now, without storing them: what the data check
    /// "the budget equals the current contribution rows" compares the warehouse with.
    /// </summary>
    public async Task<IReadOnlyList<ContributionLine>> PreviewAsync(int year, CancellationToken ct = default) =>
        (await ContributionsAsync(year, ct)).Lines;

    /// <summary>The configured budget years.</summary>
    public IReadOnlyCollection<int> Years => options.Years.Keys;

    private async Task<(BudgetYearOptions Settings, IReadOnlyList<ContributionLine> Lines, IReadOnlyList<ContributionRecord> Records)> ContributionsAsync(int year, CancellationToken ct)
    {
        if (!options.Years.TryGetValue(year, out var settings))
        {
            // A year without settings is a configuration error, whatever figures there are (issue #8).
            throw new BudgetConfigurationException(
                $"Geen begrotingsinstellingen voor {year}: zet Budget:Years:{year}:Rate (en ProvisionalReferenceDate zodra de begroting is vastgesteld) in appsettings.json of DTZ__Budget__Years__{year}__Rate.");
        }

        var counts = await population.CountsAsync(municipalities.Select(m => m.CbsCode).ToList(), new DateOnly(year - 3, 1, 1), new DateOnly(year, 1, 1), ct);

        // An adopted budget's provisional contributions are frozen once stored (what was invoiced, amount included):
        // later CBS revisions and rate changes do not change them; the writer records what they would have changed.
        var frozen = settings.ProvisionalReferenceDate is null
            ? []
            : (await population.StoredProvisionalAsync(year, ct))
                .Where(f => f.Origin != Population.CbsOrigin.BundledSample)   // sample figures are a stand-in, never what was invoiced
                .Select(f => f with { CbsPeriod = MonthPeriod(f.ReferenceDate) }).ToList();
        var computed = ContributionRules.Compute(year, settings, municipalities, counts, frozen);
        var lines = computed.Select(l => l with { Frozen = IsInvoiced(l, settings) }).ToList();
        var unfrozen = frozen.Count == 0 ? lines : ContributionRules.Compute(year, settings, municipalities, counts);
        var rateCents = (long)(settings.Rate * 100m);
        var records = lines.Select(l =>
        {
            // For a frozen row the writer gets what the rules give today, so that it can record the change it refuses.
            var now = l.Frozen
                ? unfrozen.FirstOrDefault(u => u.CbsCode == l.CbsCode && u.Status == l.Status && u.ReferenceDate == l.ReferenceDate) ?? l
                : l;
            return new ContributionRecord(
                year, now.CbsCode, now.Status, now.ReferenceDate, now.Inhabitants, rateCents, (long)(now.Amount * 100m),
                now.Settlement is { } s ? (long)(s * 100m) : null, now.CbsStatus, now.SourceKey, now.CbsPeriod, l.Frozen);
        }).ToList();
        return (settings, lines, records);
    }

    // What counts as invoiced (budget rules): a provisional contribution on the adopted reference date from CBS figures.
    private static bool IsInvoiced(ContributionLine line, BudgetYearOptions settings) =>
        line.Status == "provisional" && settings.ProvisionalReferenceDate == line.ReferenceDate && line.Origin != Population.CbsOrigin.BundledSample;

    private static string MonthPeriod(DateOnly date) => $"{date.Year:0000}MM{date.Month:00}";

    // Cents to euros with two decimals (scale 2, so JSON shows 45870.00).
    private static decimal Euros(long cents) => decimal.Round(cents / 100m, 2) + 0.00m;
}
