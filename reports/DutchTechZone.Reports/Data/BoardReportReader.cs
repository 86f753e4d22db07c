using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Queries;
using DutchTechZone.Reports.Formatting;
using DutchTechZone.Reports.Model;

namespace DutchTechZone.Reports.Data;

/// <summary>
/// Reads the board report's figures from the warehouse: the reporting views (<c>rpt_*</c>), the budget queries that
/// <c>dtz budget</c> uses (so the totals agree), and the operations tables for freshness. Only SELECTs: rendering never writes.
/// </summary>
public sealed class BoardReportReader(Warehouse warehouse, BudgetQueries budget, RegionalFiguresReader regional, TimeProvider time)
{
    /// <summary>The report of <paramref name="period"/> (budget year = the period's year).</summary>
    public async Task<BoardReport> ReadAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var year = period.Year;
        var renderedAt = time.GetUtcNow();
        await using var connection = await warehouse.OpenAsync(ct);

        var contributions = (await connection.QueryAsync<ContributionData>(Command("report.contributions", new { Year = year, True = true }, ct)))
            .Select(c => new ContributionRow(c.CbsCode, c.Municipality, c.Status, c.ReferenceDate, c.Inhabitants, decimal.Round(c.Rate, 2), Euros(c.AmountCents),
                c.SettlementCents is { } s ? Euros(s) : null, c.CbsStatus, c.Source))
            .ToList();

        var resources = await budget.BudgetResourcesAsync(year, ct);
        var contributionsTotal = Euros(contributions.Sum(c => (long)(c.Amount * 100m)));
        var carryOver = resources.CarryOver;
        var other = resources.OtherResources;
        var networkPlan = new NetworkPlanRow(
            resources.NetworkBudgeted, resources.NetworkReserved, resources.NetworkEarmarked, resources.NetworkSpent, resources.NetworkFree, resources.NetworkAllocated);
        var themes = resources.Themes.Select(t => new ThemeRow(t.Theme, t.Name, t.Budgeted, t.Committed, t.Paid, t.Free)).ToList();

        var population = (await connection.QueryAsync<PopulationData>(Command("report.population", new { True = true, PeriodEnd = period.End }, ct))).ToList();
        var populationSources = (await connection.QueryAsync<SourceData>(Command("report.population_sources", new { True = true }, ct)))
            .Select(s => new CbsSource(s.TableId, s.Origin, s.Modified, s.LoadedAt)).ToList();
        var fileSources = (await connection.QueryAsync<FileData>(Command("report.file_sources", new { Year = year, PeriodEnd = period.End }, ct)))
            .Select(f => new FileSource(f.Kind, f.FileName, f.ReceivedAt)).ToList();
        var indicators = (await connection.QueryAsync<IndicatorData>(Command("report.indicators", new { PeriodEnd = period.End }, ct)))
            .Select(i => new IndicatorRow(i.Indicator, i.Period, i.PeriodEnd, i.Municipality, i.Value, i.Target, i.Unit, i.SourceFile)).ToList();
        var imports = (await connection.QueryAsync<ImportData>(Command("report.imports", null, ct)))
            .Select(i => new ImportFreshness(i.Kind, i.Name, i.Origin, i.RowsWritten, i.LoadedAt, i.CheckedAt, i.CbsModified)).ToList();
        var since = DutchTime.At(period.Start, TimeOnly.MinValue);
        var rejections = (await connection.QueryAsync<RejectionData>(Command("report.rejections", new { Since = since }, ct)))
            .Select(r => new RejectedFile(r.FileName, r.RejectedAt, (int)r.Errors, r.FirstError)).ToList();

        return new BoardReport(
            period,
            year,
            renderedAt,
            new ResourceSummary(contributionsTotal, carryOver, other, contributionsTotal + carryOver + other),
            contributions,
            networkPlan,
            themes,
            OneSeries(population),
            await regional.ReadAsync(connection, period, ct),
            indicators,
            imports,
            rejections,
            populationSources,
            fileSources);
    }

    // One count per municipality and date: the table that has the most counts (the monthly table when it is there),
    // so that counts at the start and at the end of a period are not drawn as one line.
    private static List<PopulationPoint> OneSeries(List<PopulationData> rows)
    {
        var table = rows.GroupBy(r => r.TableId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        return rows.Where(r => r.TableId == table)
            .GroupBy(r => (r.CbsCode, r.ReferenceDate))
            .Select(g => g.OrderBy(r => r.Measure, StringComparer.Ordinal).First())
            .Select(r => new PopulationPoint(r.CbsCode, r.Municipality, r.ReferenceDate, r.Inhabitants, r.TableId, r.CbsStatus))
            .OrderBy(p => p.Municipality, StringComparer.Ordinal).ThenBy(p => p.ReferenceDate)
            .ToList();
    }

    private CommandDefinition Command(string name, object? parameters, CancellationToken ct) =>
        new(warehouse.Sql(name), parameters, cancellationToken: ct);

    private static decimal Euros(long cents) => decimal.Round(cents / 100m, 2) + 0.00m;

#pragma warning disable CA1812 // Dapper materialises these.
    private sealed class ContributionData
    {
        public string CbsCode { get; set; } = "";
        public string Municipality { get; set; } = "";
        public string Status { get; set; } = "";
        public DateOnly ReferenceDate { get; set; }
        public long Inhabitants { get; set; }
        public decimal Rate { get; set; }
        public long AmountCents { get; set; }
        public long? SettlementCents { get; set; }
        public string CbsStatus { get; set; } = "";
        public string Source { get; set; } = "";
    }

    private sealed class PopulationData
    {
        public string CbsCode { get; set; } = "";
        public string Municipality { get; set; } = "";
        public DateOnly ReferenceDate { get; set; }
        public long Inhabitants { get; set; }
        public string TableId { get; set; } = "";
        public string Measure { get; set; } = "";
        public string CbsStatus { get; set; } = "";
    }

    private sealed class SourceData
    {
        public string TableId { get; set; } = "";
        public string Origin { get; set; } = "";
        public DateTimeOffset? Modified { get; set; }
        public DateTimeOffset? LoadedAt { get; set; }
    }

    private sealed class FileData
    {
        public string Kind { get; set; } = "";
        public string FileName { get; set; } = "";
        public DateTimeOffset? ReceivedAt { get; set; }
    }

    private sealed class IndicatorData
    {
        public string Indicator { get; set; } = "";
        public string Period { get; set; } = "";
        public DateOnly PeriodEnd { get; set; }
        public string? Municipality { get; set; }
        public decimal Value { get; set; }
        public decimal? Target { get; set; }
        public string? Unit { get; set; }
        public string SourceFile { get; set; } = "";
    }

    private sealed class ImportData
    {
        public string Kind { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Origin { get; set; }
        public long RowsWritten { get; set; }
        public DateTimeOffset? LoadedAt { get; set; }
        public DateTimeOffset? CheckedAt { get; set; }
        public DateTimeOffset? CbsModified { get; set; }
    }

    private sealed class RejectionData
    {
        public string FileName { get; set; } = "";
        public DateTimeOffset? RejectedAt { get; set; }
        public long Errors { get; set; }
        public string? FirstError { get; set; }
    }
#pragma warning restore CA1812
}
