using System.Text.Json.Nodes;

namespace DutchTechZone.Tests.Regions;

/// <summary>
/// Two "Gebieden in Nederland &lt;year&gt;" tables CONSTRUCTED by the tests (not CBS data; see README.md here): the
/// v3 Feed shape of the real tables (one <c>RegioS</c> dimension; String topics <c>Code</c> / <c>Naam</c> under
/// the topic groups "Codes en namen van gemeenten", "Lokaliseringen van gemeenten" / "COROP-gebieden",
/// "COROP-subgebieden", "Provincies"), with keys renumbered between the years as CBS does. 2022 (<see cref="Id2022"/>):
/// the five partners, GM9001 "Oudgemeente" and GM9003 "Grensgemeente" (in CR09). 2024 (<see cref="Id2024"/>): GM9001
/// merged away into the new GM9002 "Nieuwgemeente"; GM9003 moved to CR08.
/// </summary>
internal static class ConstructedGebieden
{
    public const string Id2022 = "99922geb";

    public const string Id2024 = "99924geb";

    /// <summary>(code, name, COROP code, COROP name, province code, province name) per year.</summary>
    public static IReadOnlyDictionary<int, (string Code, string Name, string Corop, string CoropName, string Province, string ProvinceName)[]> Municipalities { get; } =
        new Dictionary<int, (string, string, string, string, string, string)[]>
        {
            [2022] =
            [
                ("GM0114", "Emmen", "CR08", "Zuidoost-Drenthe", "PV22", "Drenthe"),
                ("GM1681", "Borger-Odoorn", "CR08", "Zuidoost-Drenthe", "PV22", "Drenthe"),
                ("GM0109", "Coevorden", "CR08", "Zuidoost-Drenthe", "PV22", "Drenthe"),
                ("GM0118", "Hoogeveen", "CR09", "Zuidwest-Drenthe", "PV22", "Drenthe"),
                ("GM0160", "Hardenberg", "CR10", "Noord-Overijssel", "PV23", "Overijssel"),
                ("GM9001", "Oudgemeente", "CR09", "Zuidwest-Drenthe", "PV22", "Drenthe"),
                ("GM9003", "Grensgemeente", "CR09", "Zuidwest-Drenthe", "PV22", "Drenthe"),
            ],
            [2024] =
            [
                ("GM0114", "Emmen", "CR08", "Zuidoost-Drenthe", "PV22", "Drenthe"),
                ("GM1681", "Borger-Odoorn", "CR08", "Zuidoost-Drenthe", "PV22", "Drenthe"),
                ("GM0109", "Coevorden", "CR08", "Zuidoost-Drenthe", "PV22", "Drenthe"),
                ("GM0118", "Hoogeveen", "CR09", "Zuidwest-Drenthe", "PV22", "Drenthe"),
                ("GM0160", "Hardenberg", "CR10", "Noord-Overijssel", "PV23", "Overijssel"),
                ("GM9002", "Nieuwgemeente", "CR09", "Zuidwest-Drenthe", "PV22", "Drenthe"),
                ("GM9003", "Grensgemeente", "CR08", "Zuidoost-Drenthe", "PV22", "Drenthe"),
            ],
        };

    public static string IdOf(int year) => year == 2022 ? Id2022 : Id2024;

    public static void ServeOn(Cbs.CbsReplayServer server, int year, string modified = "2026-06-01T02:00:00")
    {
        var id = IdOf(year);

        // Keys as CBS numbers them: the position of the column in that year's table (other columns left out here).
        var (coropCode, coropName, subCode, subName, provinceCode, provinceName) = year == 2022
            ? ("Code_4", "Naam_5", "Code_6", "Naam_7", "Code_18", "Naam_19")
            : ("Code_10", "Naam_11", "Code_12", "Naam_13", "Code_28", "Naam_29");
        server.Serve(id, "TableInfos", Envelope(id, "TableInfos", new JsonObject
        {
            ["ID"] = 0, ["Title"] = $"Gebieden in Nederland {year}", ["Identifier"] = id, ["Modified"] = modified, ["Frequency"] = "Perjaar",
        }));
        server.Serve(id, "DataProperties", Envelope(id, "DataProperties",
            Prop(0, null, "GeoDimension", "RegioS", "Regio's"),
            Prop(1, null, "TopicGroup", "", "Codes en namen van gemeenten"),
            Prop(2, 1, "Topic", "Code_1", "Code"),
            Prop(3, 1, "Topic", "Naam_2", "Naam"),
            Prop(4, 1, "Topic", "SorteringNaam_3", "Sortering naam"),
            Prop(5, null, "TopicGroup", "", "Lokaliseringen van gemeenten"),
            Prop(6, 5, "TopicGroup", "", "COROP-gebieden"),
            Prop(7, 6, "Topic", coropCode, "Code"),
            Prop(8, 6, "Topic", coropName, "Naam"),
            Prop(9, 5, "TopicGroup", "", "COROP-subgebieden"),
            Prop(10, 9, "Topic", subCode, "Code"),
            Prop(11, 9, "Topic", subName, "Naam"),
            Prop(12, 5, "TopicGroup", "", "Provincies"),
            Prop(13, 12, "Topic", provinceCode, "Code"),
            Prop(14, 12, "Topic", provinceName, "Naam")));
        var municipalities = Municipalities[year];
        server.Serve(id, "RegioS", Envelope(id, "RegioS", municipalities
            .Select(m => new JsonObject { ["Key"] = m.Code, ["Title"] = m.Name, ["Description"] = null, ["CategoryGroupID"] = null }).ToArray()));
        var rows = municipalities.Select((m, i) => new JsonObject
        {
            ["ID"] = i,
            ["RegioS"] = m.Code,
            ["Code_1"] = m.Code + "    ",               // padded like a CBS key, trimmed on import
            ["Naam_2"] = m.Name + " ",
            ["SorteringNaam_3"] = m.Name,
            [coropCode] = m.Corop + "  ",
            [coropName] = m.CoropName,
            [subCode] = "CS" + m.Corop[2..] + "1",       // a sub-area: another group with the same titles, never taken for the COROP area
            [subName] = "Deelgebied " + m.CoropName,
            [provinceCode] = m.Province + "  ",
            [provinceName] = m.ProvinceName,
        }).ToArray();
        server.Serve(id, "TypedDataSet", Envelope(id, "TypedDataSet", rows));
    }

    private static string Envelope(string id, string set, params JsonObject[] rows) =>
        new JsonObject { ["odata.metadata"] = $"https://opendata.cbs.nl/ODataFeed/OData/{id}/$metadata#Cbs.OData.WebAPI.{set}", ["value"] = new JsonArray(rows) }.ToJsonString();

    private static JsonObject Prop(int id, int? parent, string type, string key, string title) => new()
    {
        ["odata.type"] = "Cbs.OData." + type, ["ID"] = id, ["Position"] = type == "TopicGroup" ? null : id, ["ParentID"] = parent,
        ["Type"] = type, ["Key"] = key, ["Title"] = title, ["Description"] = null,
        ["Unit"] = type == "Topic" ? (title == "Code" ? "code" : "naam") : null,
        ["Decimals"] = type == "Topic" ? 0 : null,
        ["Datatype"] = type == "Topic" ? "String" : null,
    };
}
