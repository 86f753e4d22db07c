using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regional;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Cbs;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Regional;

/// <summary>A migrated warehouse of one provider, the CBS replay server and the regional importer over both.</summary>
internal sealed class RegionalImportFixture : IAsyncDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly List<IDisposable> _owned = [];

    private RegionalImportFixture(CbsReplayServer server, DutchTechZone.Database.Warehouse warehouse)
    {
        Server = server;
        Warehouse = warehouse;
    }

    public CbsReplayServer Server { get; }

    public DutchTechZone.Database.Warehouse Warehouse { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    public static async Task<RegionalImportFixture> StartAsync(IWarehouseProvider provider, int pageSize = 100)
    {
        var temp = new TempDirectory();
        var connectionString = provider.CreateEmptyDatabase(temp);
        await new WarehouseMigrator(provider.MigrationProvider, connectionString).MigrateAsync();
        var server = await CbsReplayServer.StartAsync(pageSize);
        var fixture = new RegionalImportFixture(server, new DutchTechZone.Database.Warehouse(new WarehouseSettings(provider.Provider, connectionString)));
        fixture._owned.Add(temp);
        return fixture;
    }

    public RegionalFigureImporter Importer(RegionalImportOptions? options = null, string origin = CbsOrigin.Live, bool directFirstLoads = true)
    {
        var http = new HttpClient();
        _owned.Add(http);
        var client = new CbsFeedClient(http, new CbsOptions
        {
            BaseAddress = Server.BaseAddress,
            MaxRetries = 4,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RequestTimeout = TimeSpan.FromSeconds(30),
            ResumeDelay = TimeSpan.Zero,
        }, TimeProvider.System, NullLogger<CbsFeedClient>.Instance);
        return new RegionalFigureImporter(client, origin, new ImportLog(Warehouse, Time), new RegionalLineageQueries(Warehouse),
            new RegionalFigureLoader(Warehouse, Time) { DirectFirstLoads = directFirstLoads }, options ?? new RegionalImportOptions { BatchSize = 1_000 },
            TimeProvider.System, NullLogger<RegionalFigureImporter>.Instance);
    }

    /// <summary>The region-membership importer (Gebieden in Nederland per year) over the same replay server and warehouse.</summary>
    public DutchTechZone.Etl.Regions.RegionMembershipImporter MembershipImporter(
        string origin = CbsOrigin.Live, HttpMessageHandler? handler = null, Uri? baseAddress = null, RegionalImportOptions? options = null)
    {
        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        _owned.Add(http);
        var client = new CbsFeedClient(http, new CbsOptions
        {
            BaseAddress = baseAddress ?? Server.BaseAddress,
            MaxRetries = 4,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RequestTimeout = TimeSpan.FromSeconds(30),
            ResumeDelay = TimeSpan.Zero,
        }, TimeProvider.System, NullLogger<CbsFeedClient>.Instance);
        return new DutchTechZone.Etl.Regions.RegionMembershipImporter(client, origin, new ImportLog(Warehouse, Time), new RegionalLineageQueries(Warehouse),
            new RegionMembershipLoader(Warehouse, Time), options ?? new RegionalImportOptions(),
            TimeProvider.System, NullLogger<DutchTechZone.Etl.Regions.RegionMembershipImporter>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }

        _temp.Dispose();
    }
}
