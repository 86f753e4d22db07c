using DutchTechZone.Database.Loaders;

namespace DutchTechZone.Tests.Regional;

/// <summary>
/// The smallest table a load test needs: one topic of <c>tableId</c>, the Netherlands (NL01), no other dimension, the
/// year 2024; the keys an open load gives its members.
/// </summary>
internal static class OneTopicTable
{
    public static async Task<(int Measure, int Region, int Category, int Period)> KeysAsync(RegionalFigureLoad load, string tableId) => (
        await load.MeasureKeyAsync(new RegionalMeasureRecord(tableId, "T", "T_1", "Topic", "aantal", 0, null, "Test table", "Long")),
        await load.RegionKeyAsync(new RegionRecord("NL01", "Nederland", "land", false)),
        await load.CategoryKeyAsync(tableId, string.Empty, string.Empty),
        await load.PeriodKeyAsync(new RegionalPeriodRecord("2024JJ00", "jaar", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31))));
}
