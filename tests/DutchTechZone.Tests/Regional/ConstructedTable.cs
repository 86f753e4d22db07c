using System.Text.Json.Nodes;

namespace DutchTechZone.Tests.Regional;

/// <summary>
/// A small CBS-shaped table CONSTRUCTED by the tests (not CBS data), table id <c>99999tst</c>: padded region and
/// category keys, nested topic groups, a null value, an untyped-style symbol, four period types, a municipality code
/// that ends during the series (GM9001, merged away after 2019) and one that starts (GM9002, from 2020).
/// </summary>
internal static class ConstructedTable
{
    public const string Id = "99999tst";

    public static void ServeOn(Cbs.CbsReplayServer server, string modified = "2026-06-01T02:00:00")
    {
        server.Serve(Id, "TableInfos", Envelope(new JsonObject { ["Identifier"] = Id, ["Title"] = "Testtabel; regio", ["Modified"] = modified }));
        server.Serve(Id, "DataProperties", Envelope(
            Prop(0, null, "GeoDimension", "RegioS", "Regio's"),
            Prop(1, null, "Dimension", "Geslacht", "Geslacht"),
            Prop(2, null, "TimeDimension", "Perioden", "Perioden"),
            Prop(3, null, "TopicGroup", "", "Bevolking"),
            Prop(4, 3, "TopicGroup", "", "Leeftijd"),
            Prop(5, 4, "Topic", "Jongeren_1", "Jongeren", "aantal", 0, "Long"),
            Prop(6, 3, "Topic", "Dichtheid_2", "Bevolkingsdichtheid", "aantal inwoners per km²", 1, "Double")));
        server.Serve(Id, "RegioS", Envelope(
            Code("NL01  ", "Nederland"), Code("PV22  ", "Drenthe (PV)"), Code("CR08  ", "Zuidoost-Drenthe (CR)"),
            Code("GM0114", "Emmen"), Code("GM9001", "Oudgemeente"), Code("GM9002", "Nieuwgemeente")));
        server.Serve(Id, "Geslacht", Envelope(Code("T001038", "Totaal mannen en vrouwen"), Code("3000   ", "Mannen")));
        server.Serve(Id, "Perioden", Envelope(
            Period("2018JJ00", "Definitief"), Period("2019JJ00", "Definitief"), Period("2020JJ00", "Voorlopig"),
            Period("2020KW02", "Voorlopig"), Period("2020MM05", "Voorlopig"), Period("2016G300", "Definitief")));

        var rows = new JsonArray();
        var id = 0;
        foreach (var (region, periods) in new (string, string[])[]
                 {
                     ("NL01  ", ["2018JJ00", "2019JJ00", "2020JJ00", "2020KW02", "2020MM05", "2016G300"]),
                     ("PV22  ", ["2018JJ00", "2019JJ00", "2020JJ00"]),
                     ("CR08  ", ["2018JJ00", "2019JJ00", "2020JJ00"]),
                     ("GM0114", ["2018JJ00", "2019JJ00", "2020JJ00"]),
                     ("GM9001", ["2018JJ00", "2019JJ00", "2020JJ00"]),
                     ("GM9002", ["2018JJ00", "2019JJ00", "2020JJ00"]),
                 })
        {
            foreach (var period in periods)
            {
                foreach (var sex in new[] { "T001038", "3000   " })
                {
                    var ended = region == "GM9001" && period == "2020JJ00";
                    var notYet = region == "GM9002" && period != "2020JJ00";
                    var year = int.Parse(period[..4], System.Globalization.CultureInfo.InvariantCulture);
                    rows.Add(new JsonObject
                    {
                        ["ID"] = id++,
                        ["RegioS"] = region,
                        ["Geslacht"] = sex,
                        ["Perioden"] = period,
                        ["Jongeren_1"] = ended || notYet ? null : (JsonNode)(1000 + year - 2000 + (sex == "T001038" ? 0 : 500)),
                        ["Dichtheid_2"] = region == "GM0114" && period == "2019JJ00" ? "x" : ended || notYet ? null : (JsonNode)123.4,
                    });
                }
            }
        }

        server.Serve(Id, "TypedDataSet", new JsonObject { ["odata.metadata"] = "https://opendata.cbs.nl/ODataFeed/OData/" + Id + "/$metadata#Cbs.OData.WebAPI.TypedDataSet", ["value"] = rows }.ToJsonString());
    }

    /// <summary>Cells in the constructed data set: rows × 2 topics.</summary>
    public static int Cells => ((6 + (5 * 3)) * 2) * 2;

    private static string Envelope(params JsonObject[] rows) =>
        new JsonObject { ["odata.metadata"] = "https://opendata.cbs.nl/ODataFeed/OData/" + Id + "/$metadata", ["value"] = new JsonArray(rows) }.ToJsonString();

    private static JsonObject Prop(int id, int? parent, string type, string key, string title, string? unit = null, int? decimals = null, string? datatype = null) => new()
    {
        ["ID"] = id, ["Position"] = type == "TopicGroup" ? null : id, ["ParentID"] = parent, ["Type"] = type, ["Key"] = key, ["Title"] = title,
        ["Unit"] = unit, ["Decimals"] = decimals, ["Datatype"] = datatype,
    };

    private static JsonObject Code(string key, string title) => new() { ["Key"] = key, ["Title"] = title, ["Description"] = null, ["CategoryGroupID"] = null };

    private static JsonObject Period(string key, string status) => new() { ["Key"] = key, ["Title"] = key, ["Status"] = status };
}
