using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Regional;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.Population;

/// <summary>
/// Imports inhabitant counts of the configured municipalities from CBS (37230ned, 03759ned) into
/// <c>fact_population</c>, as one descriptor of the regional pipeline (<see cref="RegionalFigureImporter"/>): the table
/// is pulled once (merged with its catalogue entry), its cells land in <c>fact_regional_figure</c>, and the population
/// counts are derived from them set-based in the same transaction (<see cref="PopulationDerivation"/>). Topic keys and
/// dimension totals are resolved from the table's metadata on every run; a table whose <c>Modified</c> stamp and request
/// have not changed since its last load is skipped and writes nothing. The import row is kind <c>cbs</c>.
/// </summary>
public sealed class PopulationImporter(
    CbsFeedClient client,
    string origin,
    ImportLog importLog,
    LineageQueries lineage,
    PopulationLoader loader,
    PopulationImportOptions options,
    TimeProvider time,
    ILogger<PopulationImporter> logger)
{
    /// <summary>Imports every configured table; one failing table does not stop the others.</summary>
    public async Task<IReadOnlyList<TableImportResult>> ImportAsync(CancellationToken ct = default)
    {
        var results = new List<TableImportResult>();
        foreach (var table in options.Tables)
        {
            results.Add(await ImportTableAsync(table, ct));
        }

        return results;
    }

    /// <summary>Imports one table: skip when unchanged, else pull, then load in one transaction.</summary>
    public async Task<TableImportResult> ImportTableAsync(PopulationTable table, CancellationToken ct = default)
    {
        var importId = await importLog.StartAsync("cbs", table.TableId, origin, null, ct);
        DateTimeOffset? modified = null;
        try
        {
            if (origin != CbsOrigin.Live && await lineage.WasLoadedFromAsync(table.TableId, CbsOrigin.Live, ct))
            {
                // Sample figures never overwrite live CBS figures: the budget would silently rest on them.
                var refused = "het warehouse bevat live CBS-cijfers van deze tabel; het meegeleverde voorbeeld wordt er niet overheen geladen";
                await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Skipped, 0, Message: refused), ct);
                logger.LogWarning("CBS {Table} ({Origin}) skipped: {Reason}", table.TableId, origin, refused);
                return new TableImportResult(table.TableId, origin, "skipped", 0, 0, null, refused);
            }

            var info = await client.GetTableInfoAsync(table.TableId, ct);
            modified = info.Modified;
            var descriptor = Descriptor(table);
            var fingerprint = Fingerprint(table, descriptor);
            var last = await lineage.LastCbsLoadAsync(table.TableId, origin, ct);
            if (last is not null && last.Modified == info.Modified && last.Fingerprint == fingerprint)
            {
                var note = $"ongewijzigd sinds {info.Modified:yyyy-MM-dd HH:mm} (CBS Modified) en hetzelfde verzoek";
                await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Skipped, 0, Message: note), ct);
                logger.LogInformation("CBS {Table} ({Origin}) skipped: {Reason}", table.TableId, origin, note);
                return new TableImportResult(table.TableId, origin, "skipped", 0, 0, info.Modified, note);
            }

            // The municipalities the table has (a missing one is a warning, as it always was; none at all: nothing to take).
            var properties = await client.GetDataPropertiesAsync(table.TableId, ct);
            var geo = properties.FirstOrDefault(p => p.Type == "GeoDimension")
                ?? throw new CbsException($"CBS-tabel {table.TableId} heeft geen regiodimensie (GeoDimension).");
            var known = (await client.GetCodeListAsync(table.TableId, geo.Key, ct)).Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var missing = descriptor.RegionCodes.Where(c => !known.Contains(c)).ToList();
            foreach (var code in missing)
            {
                logger.LogWarning("CBS {Table} has no region {Code}", table.TableId, code);
            }

            if (missing.Count > 0 && missing.Count == descriptor.RegionCodes.Count && descriptor.RegionLevels.Count == 0)
            {
                var none = $"geen van de gemeenten staat in {table.TableId}: {string.Join(", ", missing)}";
                await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Skipped, 0, Message: none), ct);
                logger.LogWarning("CBS {Table} ({Origin}) skipped: {Reason}", table.TableId, origin, none);
                return new TableImportResult(table.TableId, origin, "skipped", 0, 0, info.Modified, none);
            }

            descriptor.RegionCodes = descriptor.RegionCodes.Where(known.Contains).ToList();
            var (read, written, message) = await Pipeline().LoadWithStepAsync(importId, descriptor, info, properties, loader.Derivation(
                table.TableId,
                table.Topics.Select(t => (t.KeyStem, t.CountsAt)).ToList(),
                PeriodType(table),
                options.Municipalities.Select(m => m.CbsCode).ToList(),
                FromYear(),
                fingerprint), ct);
            logger.LogInformation("CBS {Table} ({Origin}) loaded: {Read} counts read, {Written} rows written", table.TableId, origin, read, written);
            return new TableImportResult(table.TableId, origin, "loaded", read, written, info.Modified, message);
        }

        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "CBS {Table} ({Origin}) failed", table.TableId, origin);
            await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Failed, 0, Message: e.Message), CancellationToken.None);
            return new TableImportResult(table.TableId, origin, "failed", 0, 0, modified, e.Message);
        }
    }

    private int FromYear() => options.FromYear ?? time.GetUtcNow().Year - 3;

    /// <summary>Regions per CBS request; larger lists are split over several requests.</summary>
    public const int RegionsPerRequest = 20;

    /// <summary>
    /// The table as a descriptor of the regional pipeline: the population topics of the configured municipalities from
    /// the first year on, merged with the table's catalogue entry (<see cref="PopulationImportOptions.Catalogue"/>) so
    /// that one pull serves both the regional figures and the population counts.
    /// </summary>
    public CbsTableDescriptor Descriptor(PopulationTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var codes = options.Municipalities.Select(m => m.CbsCode.Trim().ToUpperInvariant()).ToList();
        var stems = table.Topics.Select(t => t.KeyStem).ToList();
        var entry = options.Catalogue.FirstOrDefault(d => string.Equals(d.TableId, table.TableId, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            return new CbsTableDescriptor { TableId = table.TableId, Topics = stems, RegionCodes = codes, FromYear = FromYear() };
        }

        var everyRegion = entry.RegionCodes.Count == 0 && entry.RegionLevels.Count == 0;
        return new CbsTableDescriptor
        {
            TableId = table.TableId,
            Topics = entry.Topics.Count == 0 ? [] : entry.Topics.Concat(stems).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            RegionCodes = everyRegion ? [] : entry.RegionCodes.Concat(codes).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            RegionLevels = [.. entry.RegionLevels],
            Dimensions = new Dictionary<string, string>(entry.Dimensions, StringComparer.OrdinalIgnoreCase),
            OtherDimensions = entry.OtherDimensions,
            FromYear = entry.FromYear is { } from ? Math.Min(from, FromYear()) : null,
        };
    }

    // The population request (unchanged from before the pipeline), plus the catalogue entry when one is merged in.
    private string Fingerprint(PopulationTable table, CbsTableDescriptor descriptor)
    {
        var population = RequestFingerprint.Of(table, options.Municipalities, FromYear());
        if (!options.Catalogue.Any(d => string.Equals(d.TableId, table.TableId, StringComparison.OrdinalIgnoreCase)))
        {
            return population;
        }

        var text = string.Join("|", population, string.Join(",", descriptor.Topics), string.Join(",", descriptor.RegionCodes), string.Join(",", descriptor.RegionLevels),
            string.Join(",", descriptor.Dimensions.OrderBy(d => d.Key, StringComparer.OrdinalIgnoreCase).Select(d => d.Key + "=" + d.Value)), descriptor.OtherDimensions,
            descriptor.FromYear?.ToString(CultureInfo.InvariantCulture) ?? "*");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    // The regional pipeline over the same client and warehouse: one skeleton for every CBS table.
    private RegionalFigureImporter Pipeline() => new(
        client,
        origin,
        importLog,
        loader.RegionalLineage,
        loader.Cells,
        new RegionalImportOptions
        {
            PartnerCodes = options.Municipalities.Select(m => m.CbsCode).ToList(),
            RegionsPerRequest = RegionsPerRequest,
        },
        time,
        new ForwardingLogger<RegionalFigureImporter>(logger));

    private static string PeriodType(PopulationTable table) => table.PeriodType switch
    {
        "MM" => "maand",
        "KW" => "kwartaal",
        "JJ" => "jaar",
        _ => "overig",
    };
}
