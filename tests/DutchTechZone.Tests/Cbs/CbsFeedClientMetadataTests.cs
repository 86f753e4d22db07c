using DutchTechZone.Etl.Cbs;

namespace DutchTechZone.Tests.Cbs;

/// <summary>TableInfos, DataProperties and code lists read from the recorded 80137ned responses over real HTTP.</summary>
public sealed class CbsFeedClientMetadataTests : IAsyncLifetime
{
    private CbsReplayServer _server = null!;
    private CbsTestClient _cbs = null!;

    public async Task InitializeAsync()
    {
        _server = await CbsReplayServer.StartAsync();
        _cbs = new CbsTestClient(_server.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _cbs.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ReadsTableInfoAndTreatsModifiedAsAmsterdamLocalTime()
    {
        var info = await _cbs.Client.GetTableInfoAsync("80137ned");

        Assert.Equal("80137ned", info.Identifier);
        Assert.Equal("Arbeidsrekeningen; leeftijd en opleidingsniveau", info.Title);
        Assert.Equal("Perjaar", info.Frequency);
        // "2009-07-10T02:00:00" in summer time (CEST, +02:00) is midnight UTC.
        Assert.Equal(new DateTimeOffset(2009, 7, 10, 2, 0, 0, TimeSpan.FromHours(2)), info.Modified);
        Assert.Equal(TimeSpan.FromHours(2), info.Modified.Offset);
        Assert.Equal(new DateTimeOffset(2009, 7, 10, 0, 0, 0, TimeSpan.Zero), info.MetaDataModified);
        Assert.Null(info.RecordCount);
    }

    [Fact]
    public async Task ReadsDataPropertiesWithTypesKeysAndKeyStems()
    {
        var properties = await _cbs.Client.GetDataPropertiesAsync("80137ned");

        Assert.Equal(19, properties.Count);
        Assert.Equal(["Dimension", "Dimension", "TimeDimension", "TopicGroup"], properties.Take(4).Select(p => p.Type));
        Assert.Equal("Perioden", properties.Single(p => p.Type == "TimeDimension").Key);

        var group = properties[3];
        Assert.Equal((3, "", (int?)null, "Gemiddeld aantal banen"), (group.Id, group.Key, group.Position, group.Title));

        var totaal = properties[4];
        Assert.Equal(new CbsDataProperty(4, 3, 3, "Topic", "Totaal_1", "Totaal", "1 000 banen", 0, "Double"), totaal);
        Assert.Equal("Totaal", totaal.KeyStem);
        Assert.True(totaal.IsTopic);

        var perUur = properties.Single(p => p.Key == "PerGewerktUur_12");
        Assert.Equal(("PerGewerktUur", "euro", 1, 15), (perUur.KeyStem, perUur.Unit, perUur.Decimals, perUur.ParentId));
        Assert.Equal(12, properties.Count(p => p.IsTopic));
        Assert.Equal(3, properties.Count(p => p.IsDimension));
    }

    [Fact]
    public async Task TrimsCodeListKeysAndKeepsTheRawPaddedKey()
    {
        var codes = await _cbs.Client.GetCodeListAsync("80137ned", "Persoonskenmerken");

        var totaal = codes[0];
        Assert.Equal("1", totaal.Key);
        Assert.Equal("1 ", totaal.RawKey);
        Assert.Equal("Totaal", totaal.Title);
        Assert.Null(totaal.Status);
        Assert.All(codes, c => Assert.Equal(c.RawKey.Trim(), c.Key));
        Assert.Contains(codes, c => c.RawKey != c.Key);
    }

    [Fact]
    public async Task ReadsThePeriodStatusFromThePeriodenCodeList()
    {
        var periods = await _cbs.Client.GetCodeListAsync("80137ned", "Perioden");

        Assert.Equal(["2001JJ00", "2002JJ00", "2003JJ00", "2004JJ00", "2005JJ00"], periods.Select(p => p.Key));
        Assert.All(periods, p => Assert.Equal("Definitief", p.Status));
        Assert.Equal("2001", periods[0].Title);
    }

    [Fact]
    public async Task SendsFormatJsonAndAcceptJsonOnEveryRequest()
    {
        await _cbs.Client.GetTableInfoAsync("80137ned");
        await _cbs.Client.GetCodeListAsync("80137ned", "CategoryGroups");
        await CbsTestClient.ToListAsync(_cbs.Client.StreamAsync("80137ned"));

        var requests = _server.Requests;
        Assert.Equal(5, requests.Count); // TableInfos, CategoryGroups, three TypedDataSet pages
        Assert.Equal("/ODataFeed/odata/80137ned/TableInfos?$format=json", requests[0].RawTarget);
        Assert.All(requests, r => Assert.Equal(1, CountOf(r.RawTarget, "$format=json")));
        Assert.All(requests, r => Assert.Equal("application/json", r.Accept));
    }

    [Fact]
    public async Task ReadsTypedDataSetValuesAsNumbersWithTrimmedDimensions()
    {
        var rows = await CbsTestClient.ToListAsync(_cbs.Client.StreamAsync("80137ned"));

        var first = rows[0];
        Assert.Equal(0, first.GetInt64("ID"));
        Assert.Equal("1", first.GetDimension("Persoonskenmerken"));
        Assert.Equal("1 ", first.GetString("Persoonskenmerken"));
        Assert.Equal("99", first.GetDimension("BedrijfstakkenSBI93"));
        Assert.Equal(7559.0, first.GetNumber("Werknemers_2"));
        Assert.Equal(5858.4, first.GetNumber("Werknemers_5"));
        Assert.Equal(8811L, first.GetInt64("Totaal_1"));
        Assert.Null(first.GetNumber("NoSuchTopic_99"));
        Assert.Contains("Werknemers_2", first.Keys);

        var period = CbsPeriod.Parse(first.GetDimension("Perioden"));
        Assert.Equal(new CbsPeriod("2001JJ00", CbsPeriodKind.Year, new DateOnly(2001, 1, 1), new DateOnly(2001, 12, 31)), period);
    }

    [Fact]
    public async Task EscapesAndSendsFilterAndSelect()
    {
        const string Filter = "(Persoonskenmerken eq '1 ') and (Perioden eq '2001JJ00')";
        var rows = await CbsTestClient.ToListAsync(
            _cbs.Client.StreamAsync("80137ned", "TypedDataSet", Filter, ["ID", "Perioden", "Totaal_1"]));

        var expected = "/ODataFeed/odata/80137ned/TypedDataSet?$format=json"
            + "&$filter=%28Persoonskenmerken%20eq%20%271%20%27%29%20and%20%28Perioden%20eq%20%272001JJ00%27%29"
            + "&$select=ID%2CPerioden%2CTotaal_1";
        var requests = _server.Requests;
        Assert.Equal(expected, requests[0].RawTarget);
        // The server's nextLinks keep the filter; the client must not add it a second time.
        Assert.All(requests, r => Assert.Equal(1, CountOf(r.RawTarget, "$filter=")));
        Assert.All(requests, r => Assert.Equal(1, CountOf(r.RawTarget, "$select=")));
        Assert.Equal(675, rows.Count); // the replay server does not apply filters
    }

    [Fact]
    public async Task ThrowsCbsExceptionNamingTableAndUrlWithoutRetryingANotFound()
    {
        var error = await Assert.ThrowsAsync<CbsException>(() => _cbs.Client.GetTableInfoAsync("99999ned"));

        Assert.Contains("99999ned", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{_server.BaseAddress}99999ned/TableInfos?$format=json", error.Message, StringComparison.Ordinal);
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);

        await Assert.ThrowsAsync<CbsException>(() => CbsTestClient.ToListAsync(_cbs.Client.StreamAsync("80137ned", "NoSuchSet")));
        Assert.Equal(2, _server.Requests.Count);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
