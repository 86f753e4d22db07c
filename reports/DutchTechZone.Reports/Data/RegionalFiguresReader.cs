using System.Data.Common;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Reports.Model;

namespace DutchTechZone.Reports.Data;

/// <summary>
/// Reads the key regional figures from <c>rpt_regional_figure</c>/<c>rpt_region</c> (the reporting contract of #9): per
/// measure the latest period, for the partner municipalities and their COROP areas, provinces and the Netherlands.
/// </summary>
public sealed class RegionalFiguresReader(Warehouse warehouse)
{
    /// <summary>At most this many measures are shown side by side.</summary>
    public const int MaxMeasures = 3;

    private static readonly string[] LevelOrder = ["gemeente", "corop", "provincie", "land"];

    public async Task<RegionalFigures> ReadAsync(DbConnection connection, ReportPeriod period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);

        // A warehouse migrated before the regional figures (0011) has no such view: the section then says so.
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("report.regional_available"), cancellationToken: ct)) == 0)
        {
            return RegionalFigures.None;
        }

        var rows = (await connection.QueryAsync<FigureData>(new CommandDefinition(
            warehouse.Sql("report.regional_figures"), new { True = true, PeriodEnd = period.End }, cancellationToken: ct))).ToList();
        if (rows.Count == 0)
        {
            return RegionalFigures.None;
        }

        // Per measure its latest period; measures with the most regions first (the comparable ones), then by title.
        var latest = rows.GroupBy(r => r.Measure, StringComparer.Ordinal)
            .Select(g =>
            {
                var last = g.Max(r => r.PeriodStart);
                return g.Where(r => r.PeriodStart == last).ToList();
            })
            .OrderByDescending(g => g.Select(r => r.CbsCode).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(g => g[0].MeasureTitle, StringComparer.Ordinal)
            .Take(MaxMeasures)
            .ToList();
        var measures = latest.Select(g => new RegionalMeasure(g[0].Measure, g[0].MeasureTitle, g[0].Unit, (int)(g[0].Decimals ?? 0), g[0].TableId, g[0].Period,
            g.Max(r => r.SourceModified))).ToList();
        var values = latest.SelectMany(g => g).GroupBy(r => (r.CbsCode, r.Measure))
            .Select(g => new RegionalValue(g.Key.CbsCode, g.Key.Measure, g.First().Value)).ToList();
        var regions = latest.SelectMany(g => g)
            .GroupBy(r => r.CbsCode, StringComparer.Ordinal)
            .Select(g => new RegionalRegion(g.Key, g.First().RegionName, g.First().RegionLevel))
            .OrderBy(r => Array.IndexOf(LevelOrder, r.Level) is var i && i < 0 ? LevelOrder.Length : i)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new RegionalFigures(measures, regions, values);
    }

#pragma warning disable CA1812 // Dapper materialises it.
    private sealed class FigureData
    {
        public string CbsCode { get; set; } = "";
        public string RegionName { get; set; } = "";
        public string RegionLevel { get; set; } = "";
        public string Measure { get; set; } = "";
        public string MeasureTitle { get; set; } = "";
        public string? Unit { get; set; }
        public long? Decimals { get; set; }
        public string Period { get; set; } = "";
        public DateOnly PeriodStart { get; set; }
        public decimal Value { get; set; }
        public string TableId { get; set; } = "";
        public DateTimeOffset? SourceModified { get; set; }
    }
#pragma warning restore CA1812
}
