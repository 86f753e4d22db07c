using System.Text.Json.Nodes;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Tests.Cbs;

namespace DutchTechZone.Tests.Population;

/// <summary>
/// 37230ned on the local replay server: the bundled snapshot's metadata (TableInfos with a given <c>Modified</c>,
/// DataProperties) and CONSTRUCTED figures (made-up counts in the CBS Feed format, not CBS data).
/// </summary>
internal static class ConstructedPopulation
{
    /// <summary>(region, period, start of period, end of period, growth); the end of August is the start of September, as in CBS's data.</summary>
    public static IReadOnlyList<(string Region, string Period, long Start, long End, long Growth)> Served { get; } =
    [
        ("GM0114", "2025MM08", 109_700, 109_730, 30), ("GM0114", "2025MM09", 109_730, 109_754, 24),
        ("GM1681", "2025MM08", 26_100, 26_105, 5), ("GM1681", "2025MM09", 26_105, 26_112, 7),
        ("CR08  ", "2025MM08", 171_000, 171_040, 40), ("CR08  ", "2025MM09", 171_040, 171_098, 58),
        ("PV22  ", "2025MM09", 504_000, 504_116, 116), ("NL01  ", "2025MM09", 18_000_000, 18_010_000, 10_000),
        ("GM0114", "2024JJ00", 108_000, 109_000, 1_000),
    ];

    public static async Task ServeOnAsync(CbsReplayServer server, string modified)
    {
        using var snapshot = new HttpClient(new CbsSnapshotHandler());
        var info = JsonNode.Parse(await snapshot.GetStringAsync(new Uri(CbsSnapshotHandler.BaseAddress, "37230ned/TableInfos")))!;
        info["value"]![0]!["Modified"] = modified;
        server.Serve("37230ned", "TableInfos", info.ToJsonString());
        server.Serve("37230ned", "DataProperties", await snapshot.GetStringAsync(new Uri(CbsSnapshotHandler.BaseAddress, "37230ned/DataProperties")));
        server.Serve("37230ned", "RegioS", new JsonObject
        {
            ["value"] = new JsonArray(Served.Select(s => s.Region).Distinct().Select(r => (JsonNode)new JsonObject { ["Key"] = r, ["Title"] = r.Trim() }).ToArray()),
        }.ToJsonString());
        server.Serve("37230ned", "Perioden", new JsonObject
        {
            ["value"] = new JsonArray(Served.Select(s => s.Period).Distinct().Select(p => (JsonNode)new JsonObject { ["Key"] = p, ["Title"] = p, ["Status"] = "Voorlopig" }).ToArray()),
        }.ToJsonString());
        server.Serve("37230ned", "TypedDataSet", new JsonObject
        {
            ["value"] = new JsonArray(Served.Select((s, i) => (JsonNode)new JsonObject
            {
                ["ID"] = i, ["RegioS"] = s.Region, ["Perioden"] = s.Period,
                ["BevolkingAanHetBeginVanDePeriode_1"] = s.Start, ["Bevolkingsgroei_11"] = s.Growth, ["BevolkingAanHetEindeVanDePeriode_15"] = s.End,
            }).ToArray()),
        }.ToJsonString());
    }
}
