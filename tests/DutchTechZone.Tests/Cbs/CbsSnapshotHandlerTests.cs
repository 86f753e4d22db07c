using DutchTechZone.Etl.Cbs;

namespace DutchTechZone.Tests.Cbs;

/// <summary>The bundled snapshot, read through the real client over <see cref="CbsSnapshotHandler"/>.</summary>
public sealed class CbsSnapshotHandlerTests : IDisposable
{
    private readonly CbsTestClient _cbs = new(CbsSnapshotHandler.BaseAddress, handler: new CbsSnapshotHandler());

    public void Dispose() => _cbs.Dispose();

    [Fact]
    public async Task ServesFiveMunicipalitiesOf37230nedThroughTheRealClient()
    {
        var rows = await CbsTestClient.ToListAsync(
            _cbs.Client.StreamAsync("37230ned", filter: "Perioden eq '2025MM09'", select: ["RegioS", "Perioden", "BevolkingAanHetEindeVanDePeriode_15"]));

        var end = rows.ToDictionary(r => r.GetDimension("RegioS"), r => r.GetInt64("BevolkingAanHetEindeVanDePeriode_15"));
        Assert.Equal(
            new Dictionary<string, long?>
            {
                ["GM0114"] = 109754,
                ["GM1681"] = 26112,
                ["GM0109"] = 35740,
                ["GM0160"] = 63895,
                ["GM0118"] = 56897,
            },
            end);
        Assert.All(rows, r => Assert.Equal("2025MM09", r.GetDimension("Perioden")));
        Assert.All(rows, r => Assert.Null(r.GetNumber("BevolkingAanHetBeginVanDePeriode_1")));
        Assert.All(rows, r => Assert.Equal(18, r.Keys.Count));
    }

    [Fact]
    public async Task Serves37230nedMetadataWithProvisionalSeptember()
    {
        var info = await _cbs.Client.GetTableInfoAsync("37230ned");
        var properties = await _cbs.Client.GetDataPropertiesAsync("37230ned");
        var periods = await _cbs.Client.GetCodeListAsync("37230ned", "perioden");
        var regions = await _cbs.Client.GetCodeListAsync("37230ned", "RegioS");

        Assert.Equal("Bevolkingsontwikkeling; regio per maand", info.Title);
        Assert.Equal("Permaand", info.Frequency);
        Assert.Equal(new DateTimeOffset(2025, 10, 31, 2, 0, 0, TimeSpan.FromHours(1)), info.Modified); // CET after 26 October

        Assert.Equal(15, properties.Count(p => p.IsTopic));
        Assert.Equal("GeoDimension", properties.Single(p => p.Key == "RegioS").Type);
        Assert.Equal("TimeDimension", properties.Single(p => p.Key == "Perioden").Type);
        var end = properties.Single(p => p.KeyStem == "BevolkingAanHetEindeVanDePeriode");
        Assert.Equal(("BevolkingAanHetEindeVanDePeriode_15", "Bevolking aan het einde van de periode", "aantal", "Long"), (end.Key, end.Title, end.Unit, end.Datatype));

        var september = Assert.Single(periods);
        Assert.Equal(("2025MM09", "2025 september", "Voorlopig"), (september.Key, september.Title, september.Status));
        Assert.Equal(["GM0114", "GM1681", "GM0109", "GM0160", "GM0118"], regions.Select(r => r.Key));
        Assert.Equal("Emmen", regions[0].Title);
    }

    [Fact]
    public async Task Serves03759nedWithCodeListsAndNoDataYet()
    {
        var info = await _cbs.Client.GetTableInfoAsync("03759ned");
        var rows = await CbsTestClient.ToListAsync(_cbs.Client.StreamAsync("03759ned"));
        var sexes = await _cbs.Client.GetCodeListAsync("03759ned", "Geslacht");
        var ages = await _cbs.Client.GetCodeListAsync("03759ned", "Leeftijd");
        var properties = await _cbs.Client.GetDataPropertiesAsync("03759ned");

        Assert.Equal(new DateTimeOffset(2025, 6, 30, 2, 0, 0, TimeSpan.FromHours(2)), info.Modified);
        Assert.Empty(rows);
        Assert.Empty(await _cbs.Client.GetCodeListAsync("03759ned", "Perioden"));
        Assert.Equal(["T001038", "3000", "4000"], sexes.Select(s => s.Key));
        Assert.Equal("10000", Assert.Single(ages).Key);
        Assert.Equal(["BevolkingOp1Januari_1", "GemiddeldeBevolking_2"], properties.Where(p => p.IsTopic).Select(p => p.Key));
    }

    [Fact]
    public async Task AnswersNotFoundForUnknownTablesAndSets()
    {
        await Assert.ThrowsAsync<CbsException>(() => _cbs.Client.GetTableInfoAsync("37230NED"));
        await Assert.ThrowsAsync<CbsException>(() => _cbs.Client.GetCodeListAsync("37230ned", "Geslacht"));
        await Assert.ThrowsAsync<CbsException>(() => _cbs.Client.GetTableInfoAsync("80137ned"));
    }

    [Fact]
    public void ListsTheBundledTables() =>
        Assert.Equal(["03759ned", "37230ned", "70072ned", "85755NED"], CbsSnapshotHandler.TableIds.Order(StringComparer.Ordinal));
}
