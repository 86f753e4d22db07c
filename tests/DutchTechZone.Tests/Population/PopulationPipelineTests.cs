using Dapper;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regional;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Tests.Infrastructure;
using DutchTechZone.Tests.Regional;
using Microsoft.Extensions.Logging.Abstractions;

namespace DutchTechZone.Tests.Population;

/// <summary>
/// The population import is one descriptor of the regional pipeline: a population table is pulled ONCE, with its
/// catalogue entry merged in; its cells land in fact_regional_figure and fact_population is derived from them in the same
/// transaction, with the same lineage. The 37230ned figures here are CONSTRUCTED (made-up counts in the CBS Feed format,
/// the bundled snapshot's metadata), not CBS data.
/// </summary>
public abstract class PopulationPipelineTests<TProvider> : IAsyncLifetime where TProvider : IWarehouseProvider, new()
{
    private static IReadOnlyList<(string Region, string Period, long Start, long End, long Growth)> Served => ConstructedPopulation.Served;

    private static readonly CbsTableDescriptor CatalogueEntry = new()
    {
        TableId = "37230ned", Topics = ["BevolkingAanHetBeginVanDePeriode", "Bevolkingsgroei", "BevolkingAanHetEindeVanDePeriode"],
        RegionLevels = ["corop", "provincie", "land"], FromYear = 2020,
    };

    private RegionalImportFixture _f = null!;

    public async Task InitializeAsync()
    {
        _f = await RegionalImportFixture.StartAsync(new TProvider(), pageSize: 100);
        await ServeAsync("2026-06-01T02:00:00");
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task APopulationTableIsPulledOnceItsCellsLandAsRegionalFiguresAndThePopulationIsDerivedFromThem()
    {
        var result = await Importer().ImportTableAsync(PopulationTable.Monthly);

        // Two municipalities × two months × (start, end) counts; the year row and the aggregate regions are no population counts.
        Assert.Equal(("loaded", 8L, 8L), (result.Status, result.RowsRead, result.RowsWritten));
        // One pull: one request per region selection (the catalogue's levels; the municipalities by code), none repeated.
        var pulls = _f.Server.Requests.Where(r => r.RawTarget.Contains("/37230ned/TypedDataSet", StringComparison.Ordinal)).Select(r => r.RawTarget).ToList();
        Assert.Equal(2, pulls.Count);
        Assert.Equal(pulls.Count, pulls.Distinct(StringComparer.Ordinal).Count());
        await using var c = await _f.Warehouse.OpenAsync();

        // The catalogue's regions and topics came with the same pull, into the regional figures.
        var regions = (await c.QueryAsync<string>("SELECT DISTINCT cbs_code FROM rpt_regional_figure WHERE table_id = '37230ned' ORDER BY cbs_code")).ToList();
        Assert.Equal(["CR08", "GM0114", "GM1681", "NL01", "PV22"], regions);
        Assert.Equal(116d, await c.ExecuteScalarAsync<double>("SELECT value FROM rpt_regional_figure WHERE cbs_code = 'PV22' AND measure = 'Bevolkingsgroei'"));

        // fact_population: the counts of the configured municipalities, each on its date, with the pull's lineage.
        var counts = (await c.QueryAsync<(string Code, DateOnly Date, long Inhabitants, string Period, string Status)>(
            "SELECT cbs_code, reference_date, inhabitants, cbs_period, cbs_status FROM rpt_population ORDER BY cbs_code, reference_date")).ToList();
        var expected = Served.Where(s => s.Region.StartsWith("GM", StringComparison.Ordinal) && s.Period.Contains("MM", StringComparison.Ordinal))
            .SelectMany(s => new[] { (s.Region, Start(s.Period), s.Start, s.Period, "Voorlopig"), (s.Region, End(s.Period), s.End, s.Period, "Voorlopig") })
            .OrderBy(e => e.Region, StringComparer.Ordinal).ThenBy(e => e.Item2).ToList();
        Assert.Equal(expected, counts);
        Assert.Equal(1, await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(DISTINCT f.source_key) FROM fact_population f WHERE f.source_key IN (SELECT r.source_key FROM fact_regional_figure r JOIN dim_measure m ON m.measure_key = r.measure_key WHERE m.table_id = '37230ned')"));

        // One import row for the one pull (kind cbs), reconciling the population counts.
        var log = (await c.QueryAsync<(string Kind, string Status, long Read, long Written, long Unchanged)>(
            "SELECT kind, status, cells_read, rows_written, rows_unchanged FROM etl_import WHERE name = '37230ned'")).ToList();
        Assert.Equal([("cbs", "loaded", 8L, 8L, 0L)], log);
    }

    [Fact]
    public async Task AnUnchangedTableIsSkippedAndAChangedModifiedReloadsWritingNoSameCount()
    {
        await Importer().ImportTableAsync(PopulationTable.Monthly);

        var again = await Importer().ImportTableAsync(PopulationTable.Monthly);
        await ServeAsync("2026-11-30T02:00:00");
        var changed = await Importer().ImportTableAsync(PopulationTable.Monthly);

        Assert.Equal(("skipped", 0L), (again.Status, again.RowsWritten));
        Assert.Equal(("loaded", 8L, 0L), (changed.Status, changed.RowsRead, changed.RowsWritten));
        await using var c = await _f.Warehouse.OpenAsync();
        Assert.Equal(8, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM fact_population"));
        Assert.Equal((8L, 0L, 8L), await c.QuerySingleAsync<(long, long, long)>(
            "SELECT cells_read, rows_written, rows_unchanged FROM etl_import WHERE status = 'loaded' ORDER BY import_id DESC LIMIT 1"));
    }

    [Fact]
    public void TheRegionalRunLeavesThePopulationTablesOut() =>
        Assert.Equal(["70072ned"], CbsImports.WithoutPopulationTables([CatalogueEntry, new CbsTableDescriptor { TableId = "03759NED" }, new CbsTableDescriptor { TableId = "70072ned" }])
            .Select(d => d.TableId).ToList());

    private static DateOnly Start(string period) => CbsPeriod.Parse(period).Start!.Value;

    private static DateOnly End(string period) => CbsPeriod.Parse(period).End!.Value;

    private PopulationImporter Importer()
    {
        var http = new HttpClient();
        var client = new CbsFeedClient(http, new CbsOptions { BaseAddress = _f.Server.BaseAddress, MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(5), ResumeDelay = TimeSpan.Zero },
            TimeProvider.System, NullLogger<CbsFeedClient>.Instance);
        return new PopulationImporter(client, CbsOrigin.Live, new ImportLog(_f.Warehouse, _f.Time), new LineageQueries(_f.Warehouse), new PopulationLoader(_f.Warehouse, _f.Time),
            new PopulationImportOptions
            {
                Municipalities = PartnerMunicipalities.Default.Where(m => m.CbsCode is "GM0114" or "GM1681").ToList(),
                FromYear = 2024,
                Catalogue = [CatalogueEntry],
            },
            _f.Time, NullLogger<PopulationImporter>.Instance);
    }

    private Task ServeAsync(string modified) => ConstructedPopulation.ServeOnAsync(_f.Server, modified);
}

public sealed class SqlitePopulationPipelineTests : PopulationPipelineTests<SqliteProvider>;

public sealed class PostgreSqlPopulationPipelineTests : PopulationPipelineTests<PostgreSqlProvider>;
