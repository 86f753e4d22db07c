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
        if (!options.Years.TryGetValue(year, out var settings))
        {
            // A year without settings is a configuration error, whatever figures there are (issue #8).
            throw new BudgetConfigurationException(
                $"Geen begrotingsinstellingen voor {year}: zet Budget:Years:{year}:Rate (en ProvisionalReferenceDate zodra de begroting is vastgesteld) in appsettings.json of DTZ__Budget__Years__{year}__Rate.");
        }

        var counts = await population.CountsAsync(municipalities.Select(m => m.CbsCode).ToList(), new DateOnly(year - 3, 1, 1), new DateOnly(year, 1, 1), ct);

        // An adopted budget's provisional contributions are frozen once stored: later CBS revisions do not change them.
        var frozen = settings.ProvisionalReferenceDate is null
            ? []
            : (await population.StoredProvisionalAsync(year, ct))
                .Where(f => f.Origin != Population.CbsOrigin.BundledSample)   // sample figures are a stand-in, never what was invoiced
                .Select(f => f with { CbsPeriod = MonthPeriod(f.ReferenceDate) }).ToList();
        var lines = ContributionRules.Compute(year, settings, municipalities, counts, frozen);
        var toStore = lines.Where(l => !(l.Status == "provisional" && frozen.Any(f => f.CbsCode == l.CbsCode && f.ReferenceDate == l.ReferenceDate)));
        await contributions.SaveAsync(toStore.Select(l => new ContributionRecord(
            year, l.CbsCode, l.Status, l.ReferenceDate, l.Inhabitants, (long)(settings.Rate * 100m), (long)(l.Amount * 100m),
            l.Settlement is { } s ? (long)(s * 100m) : null, l.CbsStatus, l.SourceKey)).ToList(), ct);

        var total = lines.Sum(l => l.Amount);
        var resources = await budget.ResourcesAsync(year, ct);
        var carryOver = Euros(resources.GetValueOrDefault("carry_over"));
        var otherResources = Euros(resources.GetValueOrDefault("co_financing") + resources.GetValueOrDefault("other"));
        var use = await budget.NetworkPlanAsync(year, ct);
        var networkBudgeted = Euros(resources.GetValueOrDefault("network_plan"));
        var networkPlan = new NetworkPlanSummary(
            networkBudgeted,
            Euros(resources.GetValueOrDefault("network_plan_reserve")),
            Euros(use.EarmarkedCents),
            Euros(use.SpentCents),
            networkBudgeted - Euros(use.EarmarkedCents) - Euros(use.SpentFreeCents),
            Euros(use.AllocatedCents));
        var themes = (await budget.ThemesAsync(year, ct)).Select(t => new ThemeSummary(
            t.Theme, t.Name, Euros(t.BudgetedCents), Euros(t.CommittedCents), Euros(t.PaidCents),
            Euros(t.BudgetedCents - t.CommittedCents - t.PaidCents))).ToList();

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
            themes);
    }

    private static string MonthPeriod(DateOnly date) => $"{date.Year:0000}MM{date.Month:00}";

    // Cents to euros with two decimals (scale 2, so JSON shows 45870.00).
    private static decimal Euros(long cents) => decimal.Round(cents / 100m, 2) + 0.00m;
}
