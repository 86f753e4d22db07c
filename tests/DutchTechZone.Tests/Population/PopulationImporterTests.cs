using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Population;

/// <summary>The population import through the real client (bundled snapshot handler) into a real SQLite warehouse.</summary>
public sealed class PopulationImporterTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    public PopulationImporterTests()
    {
        var connectionString = $"Data Source={_temp.Combine("warehouse.db")};Foreign Keys=True";
        new WarehouseMigrator(MigrationProvider.Sqlite, connectionString).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(WarehouseProvider.Sqlite, connectionString));
    }

    [Fact]
    public async Task AnUnchangedTableAndRequestIsSkippedAndWritesNothing()
    {
        await Importer(CbsOrigin.Live).ImportTableAsync(PopulationTable.Monthly);

        var second = await Importer(CbsOrigin.Live).ImportTableAsync(PopulationTable.Monthly);

        Assert.Equal("skipped", second.Status);
        Assert.Equal(0, second.RowsWritten);
    }

    [Fact]
    public async Task AChangedRequestIsPulledAgainEvenWhenCbsDidNotChangeTheTable()
    {
        var fourMunicipalities = PartnerMunicipalities.Default.Take(4).ToList();
        var first = await Importer(CbsOrigin.Live, fourMunicipalities).ImportTableAsync(PopulationTable.Monthly);

        var second = await Importer(CbsOrigin.Live).ImportTableAsync(PopulationTable.Monthly);

        Assert.Equal(4, first.RowsWritten);
        Assert.Equal("loaded", second.Status);
        Assert.Equal(1, second.RowsWritten);
    }

    [Fact]
    public async Task TheBundledSampleIsNeverLoadedOverLiveCbsFigures()
    {
        await Importer(CbsOrigin.Live).ImportTableAsync(PopulationTable.Monthly);

        var sample = await Importer(CbsOrigin.BundledSample).ImportTableAsync(PopulationTable.Monthly);

        Assert.Equal("skipped", sample.Status);
        Assert.Contains("CBS", sample.Message, StringComparison.Ordinal);
        await using var connection = await _warehouse.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_population WHERE source = 'bundled sample'"));
    }

    [Fact]
    public async Task LiveFiguresTakeOverSampleRowsEvenWhenTheNumbersAreTheSame()
    {
        await Importer(CbsOrigin.BundledSample).ImportTableAsync(PopulationTable.Monthly);

        var live = await Importer(CbsOrigin.Live).ImportTableAsync(PopulationTable.Monthly);

        Assert.Equal(5, live.RowsWritten);
        await using var connection = await _warehouse.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_population WHERE source = 'bundled sample'"));
        Assert.Equal(5, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_population WHERE source = 'CBS'"));
    }

    [Fact]
    public async Task APullThatKeepsFailingIsResumedFromItsFailedPageAndLoadsEverything()
    {
        // The data set fails more often than the client retries one page: only the importer's resume gets it through.
        using var failing = new FailingDataSet(times: 3, inner: new CbsSnapshotHandler());
        var client = new CbsFeedClient(new HttpClient(failing), new CbsOptions { BaseAddress = CbsSnapshotHandler.BaseAddress, MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(1), MaxResumes = 2, ResumeDelay = TimeSpan.Zero },
            TimeProvider.System, NullLogger<CbsFeedClient>.Instance);
        var importer = new PopulationImporter(client, CbsOrigin.Live, new ImportLog(_warehouse, _time), new LineageQueries(_warehouse), new PopulationLoader(_warehouse, _time),
            new PopulationImportOptions { FromYear = 2023 }, _time, NullLogger<PopulationImporter>.Instance);

        var result = await importer.ImportTableAsync(PopulationTable.Monthly);

        Assert.Equal("loaded", result.Status);
        Assert.Equal(5, result.RowsWritten);
        Assert.Equal(0, failing.Remaining);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Answers 503 to the first requests for a TypedDataSet, then lets the real handler answer.</summary>
    private sealed class FailingDataSet(int times, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public int Remaining { get; private set; } = times;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Remaining > 0 && request.RequestUri!.AbsolutePath.EndsWith("/TypedDataSet", StringComparison.Ordinal))
            {
                Remaining--;
                return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    // The origin is only a label here: both read the bundled snapshot, which stands in for the live service.
    private PopulationImporter Importer(string origin, IReadOnlyList<Municipality>? municipalities = null)
    {
        var http = new HttpClient(new CbsSnapshotHandler());
        var client = new CbsFeedClient(http, new CbsOptions { BaseAddress = CbsSnapshotHandler.BaseAddress }, _time, NullLogger<CbsFeedClient>.Instance);
        return new PopulationImporter(client, origin, new ImportLog(_warehouse, _time), new LineageQueries(_warehouse), new PopulationLoader(_warehouse, _time),
            new PopulationImportOptions { Municipalities = municipalities ?? PartnerMunicipalities.Default, FromYear = 2023 }, _time, NullLogger<PopulationImporter>.Instance);
    }
}
