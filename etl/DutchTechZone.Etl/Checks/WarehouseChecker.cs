using System.Globalization;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Budget;

namespace DutchTechZone.Etl.Checks;

/// <summary>
/// The data tests of the warehouse (unique, not null, relationships, accepted values, reconciliation) and source
/// freshness, run after every load and by <c>dtz check</c>; every run is stored (<c>etl_check_run</c>, <c>etl_check</c>).
/// </summary>
public sealed class WarehouseChecker(
    CheckQueries queries,
    CheckLog log,
    BudgetCalculator budget,
    FreshnessOptions freshness,
    TimeProvider time)
{
    /// <summary>How many failing rows a result keeps as its sample.</summary>
    public const int SampleSize = 10;

    /// <summary>Runs every check, stores the run and returns it.</summary>
    public async Task<CheckReport> RunAsync(CancellationToken ct = default)
    {
        var started = time.GetUtcNow();
        var outcomes = new List<CheckOutcome>();
        foreach (var check in DataChecks.Sql)
        {
            var failing = await queries.FailingRowsAsync(check.Name, ct);
            outcomes.Add(Outcome(check, failing, null));
        }

        outcomes.Add(await BudgetAsync(ct));
        outcomes.AddRange(await FreshnessAsync(started, ct));

        var status = outcomes.Any(o => o.Status == "fail") ? "fail" : outcomes.Any(o => o.Status == "warn") ? "warn" : "pass";
        var finished = time.GetUtcNow();
        var runId = await log.SaveAsync(started, finished, status, outcomes.Select(o => new CheckRecord(
            o.Name, o.Category, o.Status, o.FailingRows, o.Sample.Count == 0 ? null : string.Join('\n', o.Sample), o.Message)).ToList(), ct);
        return new CheckReport(runId, finished, status, outcomes);
    }

    private static CheckOutcome Outcome(DataCheck check, IReadOnlyList<string> failing, string? message) =>
        new(check.Name, check.Category, failing.Count == 0 ? "pass" : check.FailsAs, failing.Count, failing.Take(SampleSize).ToList(), message ?? check.Description);

    // The budget equals the sum of the current contribution rows: what dtz budget would print now, per municipality.
    private async Task<CheckOutcome> BudgetAsync(CancellationToken ct)
    {
        var failing = new List<string>();
        foreach (var year in (await queries.ContributionYearsAsync(ct)).Order())
        {
            if (!budget.Years.Contains(year))
            {
                continue;   // a year no longer configured is history, not a budget dtz computes
            }

            IReadOnlyList<ContributionLine> lines;
            try
            {
                lines = await budget.PreviewAsync(year, ct);
            }
            catch (BudgetUnavailableException e)
            {
                failing.Add($"{year}: {e.Message}");
                continue;
            }

            var stored = (await queries.CurrentContributionsAsync(year, ct)).ToDictionary(s => s.CbsCode, StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines)
            {
                var cents = (long)(line.Amount * 100m);
                if (!stored.TryGetValue(line.CbsCode, out var row))
                {
                    failing.Add($"{year} {line.CbsCode}: begroting {cents} cent ({line.Status}), geen actuele bijdragerij");
                }
                else if (row.AmountCents != cents || row.Status != line.Status)
                {
                    failing.Add($"{year} {line.CbsCode}: begroting {cents} cent ({line.Status}), opgeslagen {row.AmountCents} cent ({row.Status})");
                }
            }

            failing.AddRange(stored.Keys.Except(lines.Select(l => l.CbsCode), StringComparer.OrdinalIgnoreCase)
                .Select(code => $"{year} {code}: actuele bijdragerij zonder begrotingsregel"));
        }

        return Outcome(DataChecks.Budget, failing, null);
    }

    private async Task<IReadOnlyList<CheckOutcome>> FreshnessAsync(DateTimeOffset now, CancellationToken ct)
    {
        var outcomes = new List<CheckOutcome>();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var tables = (await queries.CbsFreshnessAsync(ct)).ToDictionary(t => t.TableId, StringComparer.OrdinalIgnoreCase);
        foreach (var (table, threshold) in freshness.Cbs.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var name = $"freshness.cbs.{table}";
            if (!tables.TryGetValue(table, out var row) || row.LiveRows == 0 || row.NewestDate is null)
            {
                // Offline (demo, bundled sample only): freshness of live CBS figures does not apply.
                var sampleOnly = row is not null || tables.Values.All(t => t.LiveRows == 0);
                outcomes.Add(new CheckOutcome(name, "freshness", sampleOnly ? "skip" : "warn", sampleOnly ? 0 : 1,
                    sampleOnly ? [] : [$"{table}: geen CBS-cijfers geladen"],
                    sampleOnly ? $"{table}: geen live CBS-cijfers (alleen bundled sample): versheid niet van toepassing" : $"{table}: nog niet geladen"));
                continue;
            }

            var age = today.DayNumber - row.NewestDate.Value.DayNumber;
            outcomes.Add(Fresh(name, threshold, TimeSpan.FromDays(age),
                $"{table}: nieuwste periode {row.NewestPeriod} (peildatum {Date(row.NewestDate.Value)}), {age} dagen oud"));
        }

        var deliveries = await queries.DeliveryFreshnessAsync(ct);
        foreach (var (template, threshold) in freshness.Deliveries.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var rows = deliveries.Where(d => string.Equals(d.Template, template, StringComparison.OrdinalIgnoreCase)).ToList();
            if (rows.Count == 0 || rows.All(r => r.ReceivedAt is null))
            {
                outcomes.Add(new CheckOutcome($"freshness.{template}", "freshness", "warn", 1, [$"{template}: nog nooit aangeleverd"], $"{template}: geen aanlevering in het warehouse"));
                continue;
            }

            foreach (var row in rows.Where(r => r.ReceivedAt is not null))
            {
                var who = row.Partner is null ? template : $"{template} {row.Partner}";
                var age = now - row.ReceivedAt!.Value;
                outcomes.Add(Fresh(row.Partner is null ? $"freshness.{template}" : $"freshness.{template}.{row.Partner}", threshold, age,
                    $"{who}: laatste aanlevering ontvangen {Date(DateOnly.FromDateTime(row.ReceivedAt.Value.UtcDateTime))}, {(int)age.TotalDays} dagen oud"));
            }
        }

        return outcomes;
    }

    private static CheckOutcome Fresh(string name, FreshnessThreshold threshold, TimeSpan age, string what)
    {
        var status = age > threshold.Error ? "fail" : age > threshold.Warn ? "warn" : "pass";
        var limits = $"waarschuwing na {(int)threshold.Warn.TotalDays} dagen, fout na {(int)threshold.Error.TotalDays} dagen";
        return new CheckOutcome(name, "freshness", status, status == "pass" ? 0 : 1, status == "pass" ? [] : [what], $"{what} ({limits})");
    }

    private static string Date(DateOnly date) => date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);
}
