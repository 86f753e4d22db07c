using System.Globalization;
using System.Text.Json.Nodes;
using Dapper;
using DutchTechZone.Etl.Regional;
using DutchTechZone.Tests.Cbs;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Regional;

/// <summary>
/// The descriptor-driven regional import, end to end: the real CBS client against the local replay server (recorded
/// CBS responses, plus a table the tests construct), into a real warehouse of each provider.
/// </summary>
public abstract class RegionalFigureImporterTests<TProvider> : IAsyncLifetime where TProvider : IWarehouseProvider, new()
{
    private RegionalImportFixture _f = null!;

    public async Task InitializeAsync() => _f = await RegionalImportFixture.StartAsync(new TProvider(), pageSize: 100);

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task ATableNeverConfiguredImportsEveryCellThroughPagingInjected503sAndATruncatedPage()
    {
        _f.Server.Inject(t => t.Contains("TypedDataSet", StringComparison.Ordinal) && t.Contains("$skip=200", StringComparison.Ordinal), CbsFault.ServiceUnavailable, times: 2);
        _f.Server.Inject(t => t.Contains("TypedDataSet", StringComparison.Ordinal) && t.Contains("$skip=400", StringComparison.Ordinal), CbsFault.TruncatedBody);

        var result = await _f.Importer().ImportTableAsync(CbsTableDescriptor.Whole("80137ned"));

        var (rows, expectedCells, expectedNonNull, expectedSum) = Recorded80137ned();
        Assert.Equal("loaded", result.Status);
        Assert.Equal(expectedCells, result.RowsRead);
        Assert.Equal(expectedCells, result.RowsWritten);
        await using var c = await _f.Warehouse.OpenAsync();
        Assert.Equal(expectedCells, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_regional_figure WHERE table_id = '80137ned'"));
        Assert.Equal(expectedNonNull, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_regional_figure WHERE table_id = '80137ned' AND value IS NOT NULL"));
        Assert.Equal((double)expectedSum, await c.ExecuteScalarAsync<double>("SELECT SUM(value) FROM rpt_regional_figure WHERE table_id = '80137ned'"), 3);
        Assert.True(_f.Server.Requests.Count(r => r.RawTarget.Contains("TypedDataSet", StringComparison.Ordinal)) >= 7 + 3, "every page, plus the retried ones");
        Assert.Equal((expectedCells, expectedCells, 0L), await ReconciliationCountsAsync(c));   // cells read = written + unchanged (dtz check)

        // No region dimension: national. Keys trimmed ("1 " → 1); totals left out of categories ('' = all totals).
        Assert.Equal(["NL01"], (await c.QueryAsync<string>("SELECT DISTINCT cbs_code FROM rpt_regional_figure")).ToList());
        var categories = (await c.QueryAsync<string>("SELECT categories FROM dim_category WHERE table_id = '80137ned'")).ToList();
        Assert.Contains(string.Empty, categories);
        Assert.Contains("Persoonskenmerken=2", categories);
        Assert.DoesNotContain(categories, k => k.Contains(' ', StringComparison.Ordinal) || k.Contains("=1;", StringComparison.Ordinal) || k.Contains("=99", StringComparison.Ordinal));
        Assert.Equal(rows.Select(r => (string)r!["Persoonskenmerken"]!).Distinct().Count() * rows.Select(r => (string)r!["BedrijfstakkenSBI93"]!).Distinct().Count(), categories.Count);

        // One cell, read back through the contract view.
        var first = rows[0]!;
        var cell = await c.QuerySingleAsync<(string Measure, string Group, string Unit, string Period, string Type, double Value, string Status)>(
            "SELECT v.measure, m.topic_group, v.unit, v.period, v.period_type, v.value, v.cbs_status FROM rpt_regional_figure v JOIN dim_measure m ON m.measure_key = v.measure_key " +
            "WHERE v.measure = 'Totaal_1' AND v.period = '2001JJ00' AND v.categories = ''");
        Assert.Equal(("Totaal_1", "Gemiddeld aantal banen", "1 000 banen", "2001JJ00", "jaar", (double)first["Totaal_1"]!, "Definitief"), cell);

        // A key stem that is unique keeps only its stem (survives CBS renumbering); an ambiguous one keeps its number.
        var measures = (await c.QueryAsync<string>("SELECT topic_key FROM dim_measure WHERE table_id = '80137ned'")).ToList();
        Assert.Contains("PerArbeidsjaar", measures);
        Assert.Contains("Werknemers_5", measures);
        Assert.Equal(12, measures.Count);
    }

    [Fact]
    public async Task ARunOverAnUnchangedTableWritesNothing()
    {
        var first = await _f.Importer().ImportTableAsync(CbsTableDescriptor.Whole("80137ned"));

        var second = await _f.Importer().ImportTableAsync(CbsTableDescriptor.Whole("80137ned"));

        Assert.Equal("loaded", first.Status);
        Assert.Equal("skipped", second.Status);
        Assert.Equal(0, second.RowsWritten);
        await using var c = await _f.Warehouse.OpenAsync();
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("SELECT rows_written FROM etl_import WHERE kind = 'cbs_figures' ORDER BY import_id DESC " + Limit1()));
    }

    [Fact]
    public async Task AChangedModifiedReloadsWithoutDuplicates()
    {
        await _f.Importer().ImportTableAsync(CbsTableDescriptor.Whole("80137ned"));
        var info = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "cbs", "v3-odatafeed", "80137ned__TableInfos.json")))!;
        info["value"]![0]!["Modified"] = "2026-11-30T02:00:00";
        _f.Server.Serve("80137ned", "TableInfos", info.ToJsonString());

        var again = await _f.Importer().ImportTableAsync(CbsTableDescriptor.Whole("80137ned"));

        Assert.Equal("loaded", again.Status);
        Assert.Equal(0, again.RowsWritten);   // the same figures: nothing changed, nothing duplicated
        await using var c = await _f.Warehouse.OpenAsync();
        Assert.Equal(again.RowsRead, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM fact_regional_figure"));
        Assert.Equal(2, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dim_source WHERE name = '80137ned'"));
        Assert.Equal((again.RowsRead, 0L, again.RowsRead), await ReconciliationCountsAsync(c));   // every cell read was found unchanged
    }

    [Fact]
    public async Task PaddedKeysTopicGroupsPeriodTypesNullsAndARegionWhoseCodeEndsAreLoadedAsPublished()
    {
        ConstructedTable.ServeOn(_f.Server);

        var result = await _f.Importer().ImportTableAsync(new CbsTableDescriptor { TableId = ConstructedTable.Id, OtherDimensions = CbsTableDescriptor.All });

        Assert.Equal("loaded", result.Status);
        Assert.Equal(ConstructedTable.Cells, result.RowsWritten);
        await using var c = await _f.Warehouse.OpenAsync();
        var types = (await c.QueryAsync<(string Period, string Type, DateOnly Start, DateOnly End)>(
            "SELECT DISTINCT period, period_type, period_start, period_end FROM rpt_regional_figure ORDER BY period")).ToList();
        Assert.Contains(("2020KW02", "kwartaal", new DateOnly(2020, 4, 1), new DateOnly(2020, 6, 30)), types);
        Assert.Contains(("2020MM05", "maand", new DateOnly(2020, 5, 1), new DateOnly(2020, 5, 31)), types);
        Assert.Contains(("2018JJ00", "jaar", new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31)), types);
        Assert.Contains(types, t => t.Period == "2016G300" && t.Type == "overig");   // never dropped
        Assert.Equal(20200401, await c.ExecuteScalarAsync<int>("SELECT DISTINCT date_key FROM rpt_regional_figure WHERE period = '2020KW02'"));

        // Padded keys trimmed; CBS level suffixes off the names; levels from the codes.
        var regions = (await c.QueryAsync<(string Code, string Name, string Level)>("SELECT cbs_code, name, region_level FROM rpt_region WHERE cbs_code IN ('GM9001', 'GM9002', 'NL01', 'PV22')")).ToList();
        Assert.Contains(("GM9001", "Oudgemeente", "gemeente"), regions);
        Assert.Equal(4, regions.Count);
        Assert.Equal("Mannen", await c.ExecuteScalarAsync<string>("SELECT DISTINCT categories_title FROM rpt_regional_figure WHERE categories = 'Geslacht=3000'") is { } t ? t.Split('=')[1] : null);

        // Nulls stay null (never 0), a CBS symbol is kept; nested topic groups outer first.
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_regional_figure WHERE value = 0"));
        // GM9001 in 2020 and GM9002 in 2018-2019: 3 region-years × 2 sexes × 2 topics, null as CBS sent them.
        Assert.Equal(3 * 2 * 2, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_regional_figure WHERE value IS NULL AND value_symbol IS NULL"));
        Assert.Equal(2, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_regional_figure WHERE value IS NULL AND value_symbol = 'x'"));
        Assert.Equal("Bevolking / Leeftijd", await c.ExecuteScalarAsync<string>("SELECT topic_group FROM dim_measure WHERE topic_key = 'Jongeren'"));
        Assert.Equal("Testtabel; regio", await c.ExecuteScalarAsync<string>("SELECT table_title FROM dim_measure WHERE topic_key = 'Jongeren'"));

        // The merged-away code ends during the series; the new one starts; Emmen is valid throughout; the seeded partner flag is kept.
        var validity = (await c.QueryAsync<(string Code, DateOnly? From, DateOnly? To)>("SELECT cbs_code, valid_from, valid_to FROM rpt_region WHERE cbs_code IN ('GM9001', 'GM9002', 'GM0114') ORDER BY cbs_code")).ToList();
        Assert.Equal([("GM0114", null, null), ("GM9001", null, new DateOnly(2019, 12, 31)), ("GM9002", new DateOnly(2020, 1, 1), null)], validity);
        Assert.True(await c.ExecuteScalarAsync<bool>("SELECT is_partner FROM rpt_region WHERE cbs_code = 'GM0114'"));
    }

    [Fact]
    public async Task ADescriptorSelectsTopicsRegionsAndTotalsAndAMissingTopicIsReportedNotDropped()
    {
        ConstructedTable.ServeOn(_f.Server);
        var descriptor = new CbsTableDescriptor
        {
            TableId = ConstructedTable.Id,
            Topics = ["Jongeren", "Bevolkingsdichtheid", "BestaatNiet"],
            RegionCodes = ["GM0114"],
            RegionLevels = ["provincie", "land"],
            FromYear = 2019,
        };

        var result = await _f.Importer().ImportTableAsync(descriptor);

        Assert.Equal("loaded", result.Status);
        Assert.Contains("BestaatNiet", result.Message, StringComparison.Ordinal);
        await using var c = await _f.Warehouse.OpenAsync();
        Assert.Equal(["GM0114", "NL01", "PV22"], (await c.QueryAsync<string>("SELECT DISTINCT cbs_code FROM rpt_regional_figure ORDER BY cbs_code")).ToList());
        Assert.Equal([string.Empty], (await c.QueryAsync<string>("SELECT DISTINCT categories FROM rpt_regional_figure")).ToList());
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_regional_figure WHERE period LIKE '2018%' OR period LIKE '2016%'"));
        Assert.Equal(2, await c.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT measure) FROM rpt_regional_figure"));
        Assert.Contains("BestaatNiet", await c.ExecuteScalarAsync<string>("SELECT message FROM etl_import WHERE kind = 'cbs_figures'"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneFailingTableDoesNotStopTheOthersAndTheImportLogSaysWhichAndWhy()
    {
        var results = await _f.Importer().ImportAsync([CbsTableDescriptor.Whole("00000bestaatniet"), CbsTableDescriptor.Whole("80137ned")]);

        Assert.Equal(["failed", "loaded"], results.Select(r => r.Status).ToList());
        await using var c = await _f.Warehouse.OpenAsync();
        var failed = await c.QuerySingleAsync<(string Name, string Message)>("SELECT name, message FROM etl_import WHERE status = 'failed'");
        Assert.Equal("00000bestaatniet", failed.Name);
        Assert.Contains("404", failed.Message, StringComparison.Ordinal);
        Assert.StartsWith("configuratie", failed.Message, StringComparison.Ordinal);
    }

    /// <summary>The last loaded regional import's (cells read, rows written, rows unchanged): what reconcile.cbs_cells compares.</summary>
    private async Task<(long? Read, long Written, long? Unchanged)> ReconciliationCountsAsync(System.Data.Common.DbConnection c) =>
        await c.QuerySingleAsync<(long? Read, long Written, long? Unchanged)>(
            "SELECT CAST(cells_read AS bigint), CAST(rows_written AS bigint), CAST(rows_unchanged AS bigint) FROM etl_import WHERE kind = 'cbs_figures' AND status = 'loaded' ORDER BY import_id DESC " + Limit1());

    private string Limit1() => new TProvider().Provider == DutchTechZone.Database.WarehouseProvider.Sqlite || new TProvider().Provider == DutchTechZone.Database.WarehouseProvider.PostgreSql ? "LIMIT 1" : string.Empty;

    /// <summary>The recorded 80137ned data set, and what a whole import of it must hold: computed here, not hard-coded.</summary>
    private static (JsonArray Rows, long Cells, long NonNull, decimal Sum) Recorded80137ned()
    {
        var rows = (JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "cbs", "v3-odatafeed", "80137ned__TypedDataSet.json")))!["value"]!;
        var topics = ((JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "cbs", "v3-odatafeed", "80137ned__DataProperties.json")))!["value"]!)
            .Where(p => (string?)p!["Type"] == "Topic").Select(p => (string)p!["Key"]!).ToList();
        long nonNull = 0;
        decimal sum = 0;
        foreach (var row in rows)
        {
            foreach (var topic in topics)
            {
                if (row![topic] is { } v)
                {
                    nonNull++;
                    sum += decimal.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                }
            }
        }

        return (rows, (long)rows.Count * topics.Count, nonNull, sum);
    }
}

public sealed class SqliteRegionalFigureImporterTests : RegionalFigureImporterTests<SqliteProvider>;

public sealed class PostgreSqlRegionalFigureImporterTests : RegionalFigureImporterTests<PostgreSqlProvider>;
