using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Budget;

namespace DutchTechZone.Etl.Lineage;

/// <summary>
/// "Where does this number come from": for each figure of a year's budget the CBS table, period, status, Modified
/// stamp, load and import (contributions), or the file, sheet, row, SHA-256, receipt and replaced deliveries
/// (carry-over, Network plan, co-financing, budget lines, spending); for each contribution whether it is frozen
/// (invoiced) and its recorded changes; plus all recorded changes of the year's stored contributions.
/// </summary>
public sealed class BudgetExplainer(ExplainQueries lineage, ContributionWriter contributions)
{
    public async Task<BudgetExplanation> ExplainAsync(int year, string? cbsCode, CancellationToken ct = default)
    {
        var rows = await lineage.BudgetAsync(year, string.IsNullOrWhiteSpace(cbsCode) ? null : cbsCode.Trim().ToUpperInvariant(), ct);
        var changes = (await contributions.ChangesAsync(year, ct))
            .Where(c => cbsCode is null || string.Equals(c.CbsCode, cbsCode, StringComparison.OrdinalIgnoreCase))
            .Select(ContributionChangeSummary.From).ToList();
        return new BudgetExplanation(
            year,
            cbsCode,
            rows.Where(r => r.Figure == "contribution").Select(r => Figure(r) with
            {
                Frozen = r.Frozen == 1,
                Changes = changes.Where(c => string.Equals(c.CbsCode, r.CbsCode, StringComparison.OrdinalIgnoreCase) && c.Status == r.Item).ToList(),
            }).ToList(),
            rows.Where(r => r.Figure == "funding").Select(Figure).ToList(),
            rows.Where(r => r.Figure == "budget_line").Select(Figure).ToList(),
            rows.Where(r => r.Figure == "spending").Select(Figure).ToList(),
            changes);
    }

    private static FigureLineage Figure(LineageRow r) => new(
        r.Figure, r.CbsCode, r.Municipality, r.Partner, r.Item, r.Detail, r.AmountCents / 100m, r.Inhabitants,
        r.SourceKind == "cbs_table"
            ? new CbsLineage(r.SourceName, r.SourceOrigin, r.CbsPeriod, r.CbsStatus, r.CbsModified, r.LoadedAt, r.ImportId)
            : null,
        r.SourceKind == "file"
            ? new FileLineage(r.SourceName, r.SourceSheet, r.SourceRow, r.ContentHash, r.ReceivedAt, r.LoadedAt, r.ImportId, r.Replaces)
            : null);
}
