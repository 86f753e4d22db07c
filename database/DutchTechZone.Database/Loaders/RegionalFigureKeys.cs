using System.Data.Common;
using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// The distinct dimension keys the cells of one load use, so that a load whose connection does not check foreign keys
/// row by row (see <see cref="Dialects.SqlDialect.SuspendForeignKeyChecksAsync"/>) checks each key once at the end.
/// Consecutive cells mostly share their keys, so a cell usually costs four comparisons, not four set look-ups.
/// </summary>
internal sealed class RegionalFigureKeys
{
    private readonly HashSet<int> _measures = [];
    private readonly HashSet<int> _regions = [];
    private readonly HashSet<int> _categories = [];
    private readonly HashSet<int> _periods = [];
    // No int equals the start value: a first cell's key, whatever it is (-1 too), is always collected and checked.
    private long _lastMeasure = long.MinValue, _lastRegion = long.MinValue, _lastCategory = long.MinValue, _lastPeriod = long.MinValue;

    public void Add(IEnumerable<RegionalFigureCell> cells)
    {
        foreach (var c in cells)
        {
            Track(_measures, ref _lastMeasure, c.MeasureKey);
            Track(_regions, ref _lastRegion, c.RegionKey);
            Track(_categories, ref _lastCategory, c.CategoryKey);
            Track(_periods, ref _lastPeriod, c.PeriodKey);
        }
    }

    private static void Track(HashSet<int> keys, ref long last, int key)
    {
        if (key != last)
        {
            keys.Add(key);
            last = key;
        }
    }

    /// <summary>Checks that every key exists in its dimension (and the load's own source in <c>dim_source</c>).</summary>
    /// <exception cref="InvalidOperationException">A key is missing: a bug in the caller, the load must not commit.</exception>
    public async Task CheckAsync(Warehouse warehouse, DbConnection connection, DbTransaction transaction, long sourceKey, CancellationToken ct)
    {
        // In slices: a statement binds every key it checks, and SQLite takes at most 32,766 parameters per statement
        // (a table of every neighbourhood has more distinct regions than that over the years).
        int[][] measures = [.. _measures.Chunk(KeysPerStatement)], regions = [.. _regions.Chunk(KeysPerStatement)],
            categories = [.. _categories.Chunk(KeysPerStatement)], periods = [.. _periods.Chunk(KeysPerStatement)];
        var found = new KeyCounts();
        for (var i = 0; i == 0 || i < Math.Max(Math.Max(measures.Length, regions.Length), Math.Max(categories.Length, periods.Length)); i++)
        {
            var slice = await connection.QuerySingleAsync<KeyCounts>(new CommandDefinition(warehouse.Sql("figures.key_counts"), new
            {
                MeasureKeys = Slice(measures, i),
                RegionKeys = Slice(regions, i),
                CategoryKeys = Slice(categories, i),
                PeriodKeys = Slice(periods, i),
                SourceKey = sourceKey,
            }, transaction, cancellationToken: ct));
            found = new KeyCounts
            {
                Measures = found.Measures + slice.Measures, Regions = found.Regions + slice.Regions,
                Categories = found.Categories + slice.Categories, Periods = found.Periods + slice.Periods, Sources = slice.Sources,
            };
        }

        var missing = new[]
            {
                ("dim_measure", found.Measures, _measures.Count), ("dim_region", found.Regions, _regions.Count),
                ("dim_category", found.Categories, _categories.Count), ("dim_period", found.Periods, _periods.Count),
                ("dim_source", found.Sources, 1),
            }
            .Where(d => d.Item2 != d.Item3).Select(d => d.Item1).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"fact_regional_figure: cells of this load use keys that are not in {string.Join(", ", missing)}; nothing is committed.");
        }
    }

    private const int KeysPerStatement = 5_000;   // four lists of these and the source: far below SQLite's 32,766

    private static int[] Slice(int[][] slices, int i) => i < slices.Length ? slices[i] : [];

    private sealed class KeyCounts
    {
        public long Measures { get; init; }

        public long Regions { get; init; }

        public long Categories { get; init; }

        public long Periods { get; init; }

        public long Sources { get; init; }
    }
}
