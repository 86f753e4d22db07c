using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.Regional;

/// <summary>
/// Builds the CBS import use cases (population, regional figures) over one Feed client: live CBS (or any Feed at
/// <see cref="CbsOptions.BaseAddress"/>, e.g. a local replay) or the bundled offline snapshot. Owns the HTTP clients it makes.
/// </summary>
public sealed class CbsImports(Warehouse warehouse, TimeProvider time, ILoggerFactory loggers) : IDisposable
{
    private readonly List<HttpClient> _owned = [];

    /// <summary>The Feed client: against <paramref name="options"/>' base address, or the bundled snapshot when <paramref name="offline"/>.</summary>
    public CbsFeedClient Client(CbsOptions options, bool offline)
    {
        ArgumentNullException.ThrowIfNull(options);
        HttpClient http;
        if (offline)
        {
            options.BaseAddress = CbsSnapshotHandler.BaseAddress;
            http = new HttpClient(new CbsSnapshotHandler());
        }
        else
        {
            http = new HttpClient(new SocketsHttpHandler
            {
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            { Timeout = Timeout.InfiniteTimeSpan };
        }

        _owned.Add(http);
        return new CbsFeedClient(http, options, time, loggers.CreateLogger<CbsFeedClient>());
    }

    /// <summary>The regional-figures import.</summary>
    public RegionalFigureImporter Regional(CbsFeedClient client, bool offline, RegionalImportOptions options) => new(
        client,
        offline ? CbsOrigin.BundledSample : CbsOrigin.Live,
        new ImportLog(warehouse, time),
        new RegionalLineageQueries(warehouse),
        new RegionalFigureLoader(warehouse, time),
        options,
        time,
        loggers.CreateLogger<RegionalFigureImporter>());

    /// <summary>The municipal division per year ("Gebieden in Nederland &lt;year&gt;" into dim_region_membership).</summary>
    public Regions.RegionMembershipImporter Membership(CbsFeedClient client, bool offline, RegionalImportOptions options) => new(
        client,
        offline ? CbsOrigin.BundledSample : CbsOrigin.Live,
        new ImportLog(warehouse, time),
        new RegionalLineageQueries(warehouse),
        new RegionMembershipLoader(warehouse, time),
        options,
        time,
        loggers.CreateLogger<Regions.RegionMembershipImporter>());

    /// <summary>The catalogue without the population tables (37230ned, 03759ned): the population import pulls those, once.</summary>
    public static IReadOnlyList<CbsTableDescriptor> WithoutPopulationTables(IReadOnlyList<CbsTableDescriptor> catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.Where(d => !PopulationTable.All.Any(t => string.Equals(t.TableId, d.TableId, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    /// <summary>
    /// The division years for a run: all configured ones, or those whose table is named. Offline, a year whose table is
    /// not in the bundled snapshot stays in: the importer records it as skipped and says so (never left out in silence).
    /// </summary>
    public static IReadOnlyList<Regions.RegionMembershipTable> SelectMembership(IReadOnlyList<Regions.RegionMembershipTable> membership, IReadOnlyList<string> named)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(named);
        return named.Count == 0
            ? membership.ToList()
            : membership.Where(m => named.Contains(m.TableId, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    /// <summary>The population import (37230ned, 03759ned into fact_population), unchanged in behaviour.</summary>
    public PopulationImporter Population(CbsFeedClient client, bool offline, PopulationImportOptions options) => new(
        client,
        offline ? CbsOrigin.BundledSample : CbsOrigin.Live,
        new ImportLog(warehouse, time),
        new LineageQueries(warehouse),
        new PopulationLoader(warehouse, time),
        options,
        time,
        loggers.CreateLogger<PopulationImporter>());

    /// <summary>
    /// The descriptors for a run: the catalogue, or the named tables (a table not in the catalogue is imported whole).
    /// Offline, only tables in the bundled snapshot can be read; the others are left out and named in <paramref name="notInSnapshot"/>.
    /// </summary>
    public static IReadOnlyList<CbsTableDescriptor> Select(IReadOnlyList<CbsTableDescriptor> catalogue, IReadOnlyList<string> named, bool offline, out IReadOnlyList<string> notInSnapshot)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(named);
        var chosen = named.Count == 0
            ? catalogue.ToList()
            : named.Select(id => catalogue.FirstOrDefault(d => string.Equals(d.TableId, id, StringComparison.OrdinalIgnoreCase)) ?? CbsTableDescriptor.Whole(id)).ToList();
        if (!offline)
        {
            notInSnapshot = [];
            return chosen;
        }

        var bundled = CbsSnapshotHandler.TableIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        notInSnapshot = chosen.Where(d => !bundled.Contains(d.TableId)).Select(d => d.TableId).ToList();
        return chosen.Where(d => bundled.Contains(d.TableId)).ToList();
    }

    public void Dispose()
    {
        foreach (var http in _owned)
        {
            http.Dispose();
        }
    }
}
