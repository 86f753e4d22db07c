using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Etl.Population;

/// <summary>Builds the population importer against live CBS or the bundled snapshot (HTTP clients from <see cref="IHttpClientFactory"/>).</summary>
public sealed class PopulationImporterFactory(
    IHttpClientFactory httpClients,
    IOptions<CbsOptions> cbsOptions,
    PipelineSettings settings,
    ImportLog importLog,
    LineageQueries lineage,
    PopulationLoader loader,
    TimeProvider time,
    ILoggerFactory loggers)
{
    /// <summary>The named HTTP client for the live CBS service.</summary>
    public const string LiveClient = "cbs";

    /// <summary>The named HTTP client that serves the bundled snapshot.</summary>
    public const string SnapshotClient = "cbs-snapshot";

    /// <summary>
    /// An importer; <paramref name="offline"/> reads the bundled snapshot instead of CBS. A population table that is in
    /// <paramref name="catalogue"/> is pulled once for both (the regional run should then leave it out).
    /// </summary>
    public PopulationImporter Create(bool offline, IReadOnlyList<Regional.CbsTableDescriptor>? catalogue = null)
    {
        var configured = cbsOptions.Value;
        var options = new CbsOptions
        {
            BaseAddress = offline ? CbsSnapshotHandler.BaseAddress : configured.BaseAddress,
            MaxRetries = configured.MaxRetries,
            RetryBaseDelay = configured.RetryBaseDelay,
            RequestTimeout = configured.RequestTimeout,
            MaxRetryAfter = configured.MaxRetryAfter,
            MaxResumes = configured.MaxResumes,
            ResumeDelay = configured.ResumeDelay,
            TableDeadline = configured.TableDeadline,
        };
        var client = new CbsFeedClient(
            httpClients.CreateClient(offline ? SnapshotClient : LiveClient), options, time, loggers.CreateLogger<CbsFeedClient>());
        return new PopulationImporter(
            client,
            offline ? CbsOrigin.BundledSample : CbsOrigin.Live,
            importLog,
            lineage,
            loader,
            new PopulationImportOptions
            {
                Municipalities = settings.Municipalities, FromYear = settings.FromYear,
                Catalogue = catalogue ?? [],
            },
            time,
            loggers.CreateLogger<PopulationImporter>());
    }
}
