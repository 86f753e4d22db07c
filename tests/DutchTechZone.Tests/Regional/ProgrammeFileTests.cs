using System.Text.Json;
using System.Text.Json.Nodes;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Cbs;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Regional;

/// <summary>
/// Any programme by configuration: a programme file with three other municipalities, another rate and its own
/// catalogue runs the CBS import and the budget with no code change. The CBS figures are CONSTRUCTED here (made-up
/// counts in the CBS Feed format, served by the local replay server), not CBS data.
/// </summary>
public sealed class ProgrammeFileTests : IAsyncLifetime
{
    private static readonly (string Code, string Name, long Inhabitants)[] Made = [("GM0106", "Assen", 70_000), ("GM1730", "Tynaarlo", 35_000), ("GM0119", "Meppel", 35_555)];

    private readonly TempDirectory _temp = new();
    private CbsReplayServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await CbsReplayServer.StartAsync();
        using var snapshot = new HttpClient(new CbsSnapshotHandler());
        foreach (var (table, sets) in new[] { ("37230ned", new[] { "TableInfos", "DataProperties", "Perioden" }), ("03759ned", ["TableInfos", "DataProperties", "Geslacht", "Leeftijd", "BurgerlijkeStaat", "RegioS", "Perioden", "TypedDataSet"]) })
        {
            foreach (var set in sets)
            {
                _server.Serve(table, set, await snapshot.GetStringAsync(new Uri(CbsSnapshotHandler.BaseAddress, $"{table}/{set}")));
            }
        }

        _server.Serve("37230ned", "RegioS", new JsonObject { ["value"] = new JsonArray(Made.Select(m => (JsonNode)new JsonObject { ["Key"] = m.Code, ["Title"] = m.Name }).ToArray()) }.ToJsonString());
        _server.Serve("37230ned", "TypedDataSet", new JsonObject
        {
            ["value"] = new JsonArray(Made.Select((m, i) => (JsonNode)new JsonObject
            {
                ["ID"] = i, ["RegioS"] = m.Code, ["Perioden"] = "2025MM09", ["BevolkingAanHetBeginVanDePeriode_1"] = m.Inhabitants - 10, ["BevolkingAanHetEindeVanDePeriode_15"] = m.Inhabitants,
            }).ToArray()),
        }.ToJsonString());
        ConstructedTable.ServeOn(_server);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task AMadeUpProgrammeImportsAndBudgetsWithItsOwnMunicipalitiesRateAndCatalogue()
    {
        var programme = _temp.Combine("programma.json");
        await File.WriteAllTextAsync(programme, new JsonObject
        {
            ["Population"] = new JsonObject { ["Municipalities"] = new JsonArray(Made.Select(m => (JsonNode)new JsonObject { ["CbsCode"] = m.Code, ["Name"] = m.Name }).ToArray()) },
            ["Budget"] = new JsonObject { ["Years"] = new JsonObject { ["2026"] = new JsonObject { ["Rate"] = 2.50m, ["ProvisionalReferenceDate"] = "2025-09-30" } } },
            ["Regional"] = new JsonObject { ["Catalogue"] = new JsonArray(new JsonObject { ["TableId"] = ConstructedTable.Id, ["RegionLevels"] = new JsonArray("gemeente") }) },
        }.ToJsonString());

        var (importExit, importOutput, importError) = await RunAsync("import", "cbs", "--base-url", _server.BaseAddress.AbsoluteUri, "--programme", programme);
        var (budgetExit, budgetOutput, budgetError) = await RunAsync("budget", "--year", "2026", "--json", "--programme", programme);

        Assert.True(importExit == ExitCodes.Ok, importOutput + importError);
        Assert.Contains($"Regionale cijfers CBS {ConstructedTable.Id} (CBS): geladen", importOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("70072ned", importOutput, StringComparison.Ordinal);   // the built-in catalogue is replaced, not merged
        Assert.True(budgetExit == ExitCodes.Ok, budgetOutput + budgetError);
        using var json = JsonDocument.Parse(budgetOutput);
        Assert.Equal(2.50m, json.RootElement.GetProperty("rate").GetDecimal());
        var contributions = json.RootElement.GetProperty("contributions").EnumerateArray().ToDictionary(c => c.GetProperty("cbsCode").GetString()!, c => c.GetProperty("amount").GetDecimal());
        Assert.Equal(Made.ToDictionary(m => m.Code, m => m.Inhabitants * 2.50m), contributions);
        Assert.Equal(Made.Sum(m => m.Inhabitants) * 2.50m, json.RootElement.GetProperty("contributionsTotal").GetDecimal());
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = [.. args, "--data", _temp.Combine("data")];
        var fast = new Dictionary<string, string?> { ["Cbs:MaxRetries"] = "1", ["Cbs:RetryBaseDelay"] = "00:00:00.005" };
        var exit = await DtzCommandLine.RunAsync(all, new DtzConsole(output, error), o => new DtzApp(DtzConfiguration.Build(o, fast)));
        return (exit, output.ToString(), error.ToString());
    }
}
