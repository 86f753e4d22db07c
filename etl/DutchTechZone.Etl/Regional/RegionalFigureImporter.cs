using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.Regional;

/// <summary>
/// Imports any CBS StatLine table, described by a <see cref="CbsTableDescriptor"/>, into <c>fact_regional_figure</c>
/// (one row per cell). Per table: skip when CBS's <c>Modified</c> and the request are unchanged; else resolve topics and
/// dimensions from the table's own metadata, stream the Feed a page at a time (retries and resume from the failed page),
/// stage cells in batches through the database's bulk path, and merge set-based in one transaction. Wide CBS rows
/// become long facts; keys are trimmed; missing values are NULL, never 0. One failing table does not stop the others.
/// </summary>
public sealed class RegionalFigureImporter(
    CbsFeedClient client,
    string origin,
    ImportLog importLog,
    RegionalLineageQueries lineage,
    RegionalFigureLoader loader,
    RegionalImportOptions options,
    TimeProvider time,
    ILogger<RegionalFigureImporter> logger)
{
    /// <summary>The <c>etl_import.kind</c> of these loads.</summary>
    public const string ImportKind = "cbs_figures";

    /// <summary>Imports every table in turn; a failing table is logged and the next one is imported.</summary>
    public async Task<IReadOnlyList<TableImportResult>> ImportAsync(IEnumerable<CbsTableDescriptor> tables, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var results = new List<TableImportResult>();
        foreach (var table in tables)
        {
            results.Add(await ImportTableAsync(table, ct));
        }

        return results;
    }

    private readonly CbsTableImportSkeleton _skeleton = new(client, origin, importLog, lineage, logger);

    /// <summary>Imports one table.</summary>
    public Task<TableImportResult> ImportTableAsync(CbsTableDescriptor table, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return _skeleton.RunAsync(
            table.TableId,
            async (info, token) =>
            {
                var plan = await PlanAsync(table, info, await client.GetDataPropertiesAsync(table.TableId, token), token);
                return (plan, plan.Fingerprint);
            },
            async (importId, info, plan, token) =>
            {
                var (read, written) = await LoadAsync(importId, table, info, plan, token);
                logger.LogInformation("CBS {Table} ({Origin}) loaded: {Read} cells read, {Written} rows written", table.TableId, origin, read, written);
                return (read, written, plan.Warnings.Count == 0 ? null : string.Join("; ", plan.Warnings));
            },
            ct);
    }

    /// <summary>
    /// Hook for a descriptor whose load also runs a set-based step in its transaction (the population import: the
    /// population counts derived from the merged cells): plan, stream, stage and merge as for any table, then the step;
    /// the import row records the step's rows. The caller owns the import row's start, the skip and failure handling.
    /// </summary>
    /// <returns>What the step read and wrote.</returns>
    public async Task<(long Read, long Written, string? Message)> LoadWithStepAsync(
        long importId, CbsTableDescriptor table, CbsTableInfo info, IReadOnlyList<CbsDataProperty> properties, IRegionalLoadStep step, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(step);
        var plan = await PlanAsync(table, info, properties, ct);
        var (read, written) = await LoadAsync(importId, table, info, plan, ct, step);
        return (read, written, plan.Warnings.Count == 0 ? null : string.Join("; ", plan.Warnings));
    }

    /// <summary>transient (CBS unreachable, keeps failing), data (CBS answered something unusable), configuration, or bug.</summary>
    public static string Classify(Exception e) => e switch
    {
        CbsPullInterruptedException or HttpRequestException or TimeoutException or OperationCanceledException => "tijdelijk (transient)",
        CbsConfigurationException => "configuratie (configuration)",
        CbsException c when c.Message.Contains("HTTP 404", StringComparison.Ordinal) => "configuratie (configuration): tabel niet gevonden bij CBS",
        CbsException c when c.Message.Contains(CbsFeedClient.GaveUp, StringComparison.Ordinal) => "tijdelijk (transient)",
        CbsException or FormatException or System.Text.Json.JsonException => "data",
        System.Data.Common.DbException => "database",
        _ => "fout (bug)",
    };

    private async Task<ImportPlan> PlanAsync(CbsTableDescriptor table, CbsTableInfo info, IReadOnlyList<CbsDataProperty> properties, CancellationToken ct)
    {
        var warnings = new List<string>();
        var byId = properties.ToDictionary(p => p.Id);
        var allTopics = properties.Where(p => p.IsTopic).ToList();
        var stemCounts = allTopics.GroupBy(p => p.KeyStem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        List<CbsDataProperty> topics;
        if (table.Topics.Count == 0)
        {
            topics = allTopics;
        }
        else
        {
            topics = [];
            foreach (var wanted in table.Topics)
            {
                var match = allTopics.FirstOrDefault(p => string.Equals(p.Key, wanted, StringComparison.OrdinalIgnoreCase))
                    ?? allTopics.FirstOrDefault(p => string.Equals(p.KeyStem, wanted, StringComparison.OrdinalIgnoreCase))
                    ?? allTopics.FirstOrDefault(p => string.Equals(p.Title.Trim(), wanted.Trim(), StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    warnings.Add(origin == CbsOrigin.Live
                        ? $"het ingestelde onderwerp '{wanted}' bestaat niet (meer) in {table.TableId}: controleer de DataProperties van de tabel"
                        : $"het ingestelde onderwerp '{wanted}' zit niet in het meegeleverde voorbeeld van {table.TableId} (alleen live CBS-cijfers hebben het)");
                    if (origin == CbsOrigin.Live)
                    {
                        logger.LogWarning("CBS {Table}: configured topic {Topic} does not exist (any more)", table.TableId, wanted);
                    }
                    else
                    {
                        logger.LogInformation("CBS {Table} ({Origin}): configured topic {Topic} is not in the sample", table.TableId, origin, wanted);
                    }
                }
                else if (!topics.Contains(match))
                {
                    topics.Add(match);
                }
            }

            if (topics.Count == 0)
            {
                throw new CbsException($"geen van de ingestelde onderwerpen van {table.TableId} bestaat: {string.Join(", ", table.Topics)}");
            }
        }

        var measures = topics.Select(p => new PlannedTopic(
            p,
            new RegionalMeasureRecord(
                table.TableId,
                stemCounts.GetValueOrDefault(p.KeyStem) > 1 ? p.Key : p.KeyStem,   // the stem survives renumbering; an ambiguous stem (Totaal_1, Totaal_4) keeps its number
                p.Key,
                p.Title.Trim(),
                p.Unit?.Trim(),
                p.Decimals,
                TopicGroup(p, byId),
                info.Title,
                p.Datatype),
            string.Equals(p.Datatype, "String", StringComparison.OrdinalIgnoreCase))).ToList();

        var geo = properties.FirstOrDefault(p => p.Type == "GeoDimension") ?? properties.FirstOrDefault(p => p.Type == "GeoDetail");
        var timeDimension = properties.FirstOrDefault(p => p.Type == "TimeDimension");
        var others = properties.Where(p => p.IsDimension && p != geo && p != timeDimension).ToList();

        // Region selection, checked against the code list.
        Dictionary<string, CbsCode> regionCodes = new(StringComparer.OrdinalIgnoreCase);
        var regionFilters = new List<string>();
        HashSet<string>? wantedRegions = null;
        HashSet<string>? wantedLevels = null;
        if (geo is not null)
        {
            foreach (var code in await client.GetCodeListAsync(table.TableId, geo.Key, ct))
            {
                regionCodes.TryAdd(code.Key, code);
            }

            var geoKey = CbsFilter.Identifier(geo.Key);
            if (table.RegionLevels.Count > 0)
            {
                wantedLevels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var parts = new List<string>();
                foreach (var level in table.RegionLevels)
                {
                    if (!RegionLevel.Prefixes.TryGetValue(level.Trim(), out var prefix))
                    {
                        throw new CbsConfigurationException($"{table.TableId}: onbekend regioniveau '{level}' (gebruik {string.Join(", ", RegionLevel.Prefixes.Keys)})");
                    }

                    wantedLevels.Add(level.Trim());
                    parts.Add($"substringof('{prefix}',{geoKey})");
                }

                regionFilters.Add("(" + string.Join(" or ", parts) + ")");
            }

            if (table.RegionCodes.Count > 0)
            {
                wantedRegions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var extra = new List<CbsCode>();
                foreach (var code in table.RegionCodes.Select(c => c.Trim()))
                {
                    if (!regionCodes.TryGetValue(code, out var known))
                    {
                        warnings.Add($"de ingestelde regio '{code}' staat niet in {table.TableId}");
                        continue;
                    }

                    wantedRegions.Add(known.Key);
                    if (wantedLevels is null || !wantedLevels.Contains(RegionLevel.Of(known.Key)))
                    {
                        extra.Add(known);
                    }
                }

                regionFilters.AddRange(extra.Chunk(Math.Max(1, options.RegionsPerRequest))
                    .Select(chunk => "(" + string.Join(" or ", chunk.Select(r => $"{geoKey} eq {CbsFilter.Literal(r.RawKey)}")) + ")"));
                if (regionFilters.Count == 0)
                {
                    throw new CbsException($"geen van de ingestelde regio's bestaat in {table.TableId}: {string.Join(", ", table.RegionCodes)}");
                }
            }
        }

        // Other dimensions: total (default), all, or named categories.
        var dimensions = new List<PlannedDimension>();
        var dimensionFilters = new List<string>();
        foreach (var dimension in others)
        {
            var codes = await client.GetCodeListAsync(table.TableId, dimension.Key, ct);
            var total = codes.FirstOrDefault(IsTotal);
            var selection = table.Dimensions.TryGetValue(dimension.Key, out var s) ? s.Trim() : table.OtherDimensions.Trim();
            HashSet<string>? wanted = null;
            if (string.Equals(selection, CbsTableDescriptor.Total, StringComparison.OrdinalIgnoreCase))
            {
                if (total is null)
                {
                    warnings.Add($"dimensie {dimension.Key} van {table.TableId} heeft geen totaalcategorie: alle categorieën worden geladen");
                }
                else
                {
                    wanted = new HashSet<string>([total.Key], StringComparer.Ordinal);
                }
            }
            else if (!string.Equals(selection, CbsTableDescriptor.All, StringComparison.OrdinalIgnoreCase))
            {
                wanted = new HashSet<string>(StringComparer.Ordinal);
                foreach (var key in selection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var code = codes.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
                    if (code is null)
                    {
                        warnings.Add($"categorie '{key}' staat niet in dimensie {dimension.Key} van {table.TableId}");
                    }
                    else
                    {
                        wanted.Add(code.Key);
                    }
                }

                if (wanted.Count == 0)
                {
                    throw new CbsConfigurationException($"{table.TableId}: geen van de categorieën '{selection}' bestaat in dimensie {dimension.Key}");
                }
            }

            if (wanted is not null)
            {
                var literals = codes.Where(c => wanted.Contains(c.Key)).Select(c => $"{CbsFilter.Identifier(dimension.Key)} eq {CbsFilter.Literal(c.RawKey)}");
                dimensionFilters.Add("(" + string.Join(" or ", literals) + ")");
            }

            dimensions.Add(new PlannedDimension(dimension.Key, codes.ToDictionary(c => c.Key, c => c.Title.Trim(), StringComparer.Ordinal), total?.Key, wanted));
        }

        var periodStatus = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? periodFilter = null;
        if (timeDimension is not null)
        {
            foreach (var code in await client.GetCodeListAsync(table.TableId, timeDimension.Key, ct))
            {
                periodStatus[code.Key] = code.Status;
            }

            if (table.FromYear is { } from)
            {
                periodFilter = $"({CbsFilter.Identifier(timeDimension.Key)} ge '{from.ToString(CultureInfo.InvariantCulture)}')";
            }
        }

        var common = dimensionFilters.Concat(periodFilter is null ? [] : [periodFilter]).ToList();
        var filters = regionFilters.Count == 0
            ? [common.Count == 0 ? null : string.Join(" and ", common)]
            : regionFilters.Select(r => string.Join(" and ", new[] { r }.Concat(common))).Cast<string?>().ToList();
        IReadOnlyList<string>? select = null;
        if (table.Topics.Count > 0)
        {
            select = new[] { geo, timeDimension }.Concat(others).OfType<CbsDataProperty>().Select(p => CbsFilter.Identifier(p.Key))
                .Concat(measures.Select(m => CbsFilter.Identifier(m.Property.Key))).ToList();
        }

        var fingerprint = Fingerprint(table, measures, dimensions, regionFilters, periodFilter);
        return new ImportPlan(measures, geo?.Key, timeDimension?.Key, regionCodes, wantedRegions, wantedLevels, dimensions, periodStatus, table.FromYear, filters, select, fingerprint, warnings);
    }

    private async Task<(long Read, long Written)> LoadAsync(long importId, CbsTableDescriptor table, CbsTableInfo info, ImportPlan plan, CancellationToken ct, IRegionalLoadStep? step = null)
    {
        var url = $"{table.TableId}/TypedDataSet" + (plan.Filters[0] is null ? string.Empty : "?$filter=" + string.Join(" | ", plan.Filters));
        await using var load = await loader.BeginAsync(importId, new CbsSourceRecord(table.TableId, origin, info.Modified, url), writesOnlyFigures: step is null, ct);
        var measureKeys = new int[plan.Measures.Count];
        for (var i = 0; i < plan.Measures.Count; i++)
        {
            measureKeys[i] = await load.MeasureKeyAsync(plan.Measures[i].Record, ct);
        }

        var regions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var periods = new Dictionary<string, (int Key, RegionalPeriodRecord Record)>(StringComparer.Ordinal);
        var categories = new Dictionary<string, int>(StringComparer.Ordinal);
        var spans = new Dictionary<int, (string Code, DateOnly First, DateOnly Last)>();
        DateOnly? tableFirst = null, tableLast = null;
        var batch = new List<RegionalFigureCell>(options.BatchSize);
        long read = 0;

        // What each distinct raw code means, worked out once: CBS repeats every code on every row (and the page parser
        // hands out one string instance per code), so a row costs a few look-ups instead of trimming and string building.
        var regionCodes = new Dictionary<string, RegionCode?>(StringComparer.Ordinal);                  // null: filtered out
        var periodCodes = new Dictionary<string, PeriodCode?>(StringComparer.Ordinal);                  // null: before FromYear
        var dimensionCodes = plan.Dimensions.Select(_ => new Dictionary<string, string?>(StringComparer.Ordinal)).ToArray();   // trimmed key; null: not wanted
        var categoryCodes = new Dictionary<string, int>(StringComparer.Ordinal);                        // raw combination → key
        var rawDimensions = new string[plan.Dimensions.Count];

        async Task TakeAsync(CbsRow row)
        {
            // Region (a table without one is national: NL01).
            var rawRegion = plan.GeoKey is null ? "NL01" : Raw(row, plan.GeoKey);
            if (!regionCodes.TryGetValue(rawRegion, out var region))
            {
                var code = rawRegion.Trim();
                var wanted = true;
                if (plan.WantedRegions is not null || plan.WantedLevels is not null)
                {
                    var inCodes = plan.WantedRegions?.Contains(code) == true;
                    var inLevels = plan.WantedLevels?.Contains(RegionLevel.Of(code)) == true;
                    wanted = inCodes || inLevels;   // a source that ignores the filter (the bundled snapshot) still gives only what was asked
                }

                region = wanted ? new RegionCode(code, RegionLevel.Of(code)) : null;
                regionCodes[rawRegion] = region;
            }

            if (region is null)
            {
                return;
            }

            // Other dimension categories: only wanted ones.
            for (var d = 0; d < plan.Dimensions.Count; d++)
            {
                var dimension = plan.Dimensions[d];
                var raw = Raw(row, dimension.Key);
                if (!dimensionCodes[d].TryGetValue(raw, out var key))
                {
                    var trimmed = raw.Trim();
                    key = dimension.Wanted is null || dimension.Wanted.Contains(trimmed) ? trimmed : null;
                    dimensionCodes[d][raw] = key;
                }

                if (key is null)
                {
                    return;
                }

                rawDimensions[d] = raw;
            }

            var rawPeriod = plan.TimeKey is null ? "0000X000" : Raw(row, plan.TimeKey);
            if (!periodCodes.TryGetValue(rawPeriod, out var period))
            {
                var code = rawPeriod.Trim();
                var before = plan.FromYear is { } from && code.Length >= 4
                    && int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year < from;
                period = before ? null : new PeriodCode(code, plan.PeriodStatus.GetValueOrDefault(code));
                periodCodes[rawPeriod] = period;
            }

            if (period is null)
            {
                return;
            }

            if (region.Key is not { } regionKey)
            {
                if (!regions.TryGetValue(region.Code, out regionKey))
                {
                    var title = plan.RegionCodes.TryGetValue(region.Code, out var c) ? RegionLevel.CleanTitle(c.Title) : region.Code == "NL01" ? "Nederland" : region.Code;
                    var partner = options.PartnerCodes.Contains(region.Code, StringComparer.OrdinalIgnoreCase);
                    regionKey = await load.RegionKeyAsync(new RegionRecord(region.Code, title, region.Level, partner), ct);
                    regions[region.Code] = regionKey;
                }

                region.Key = regionKey;
            }

            if (period.Key is null)
            {
                if (!periods.TryGetValue(period.Code, out var known))
                {
                    var record = PeriodMapping.Map(period.Code);
                    known = (await load.PeriodKeyAsync(record, ct), record);
                    periods[period.Code] = known;
                }

                (period.Key, period.Record) = (known.Key, known.Record);
            }

            // 'Dim=Key;Dim=Key', totals left out ('' when all are totals).
            var rawCategory = rawDimensions.Length switch
            {
                0 => string.Empty,
                1 => rawDimensions[0],
                _ => string.Join('\u001f', rawDimensions),
            };
            if (!categoryCodes.TryGetValue(rawCategory, out var categoryKey))
            {
                var seenKey = new StringBuilder();
                var titles = new StringBuilder();
                for (var d = 0; d < plan.Dimensions.Count; d++)
                {
                    var dimension = plan.Dimensions[d];
                    var key = dimensionCodes[d][rawDimensions[d]]!;
                    if (key == dimension.TotalKey)
                    {
                        continue;
                    }

                    if (seenKey.Length > 0)
                    {
                        seenKey.Append(';');
                        titles.Append(';');
                    }

                    seenKey.Append(dimension.Key).Append('=').Append(key);
                    titles.Append(dimension.Key).Append('=').Append(dimension.Titles.GetValueOrDefault(key, key));
                }

                var categoryText = seenKey.ToString();
                if (!categories.TryGetValue(categoryText, out categoryKey))
                {
                    categoryKey = await load.CategoryKeyAsync(table.TableId, categoryText, titles.ToString(), ct);
                    categories[categoryText] = categoryKey;
                }

                categoryCodes[rawCategory] = categoryKey;
            }

            var regionCode = region.Code;
            var periodKey = period.Key.Value;
            var status = period.Status;
            var any = false;
            for (var i = 0; i < plan.Measures.Count; i++)
            {
                var cell = CellValue.Read(row, plan.Measures[i].Property.Key, plan.Measures[i].IsString);
                any |= cell.Value is not null || cell.Text is not null;
                batch.Add(new RegionalFigureCell(measureKeys[i], regionKey, categoryKey, periodKey, cell.Value, cell.Symbol, cell.Text, status));
                read++;
            }

            // Validity is judged among municipalities only: their series against the municipal series of the table.
            if (region.Level == "gemeente")
            {
                var (start, end) = (period.Record!.PeriodStart, period.Record.PeriodEnd);
                tableFirst = tableFirst is { } f && f <= start ? f : start;
                tableLast = tableLast is { } l && l >= end ? l : end;
                if (any)
                {
                    spans[regionKey] = spans.TryGetValue(regionKey, out var span)
                        ? (regionCode, span.First <= start ? span.First : start, span.Last >= end ? span.Last : end)
                        : (regionCode, start, end);
                }
            }

            if (batch.Count >= options.BatchSize)
            {
                await load.StageAsync(batch, ct);
                batch.Clear();
            }
        }

        foreach (var filter in plan.Filters)
        {
            var source = client.StreamAsync(table.TableId, "TypedDataSet", filter, plan.Select, ct);
            for (var resumes = 0; ; resumes++)
            {
                try
                {
                    await foreach (var row in source)
                    {
                        await TakeAsync(row);
                    }

                    break;
                }
                catch (CbsPullInterruptedException e) when (resumes < client.MaxResumes)
                {
                    logger.LogWarning("CBS {Table}: pull interrupted after {Rows} rows; resuming from {Url} in {Delay}", table.TableId, e.RowsDelivered, e.ResumeUrl, client.ResumeDelay);
                    await Task.Delay(client.ResumeDelay, time, ct);
                    source = client.ResumeAsync(e.ResumeUrl, ct);
                }
            }
        }

        await load.StageAsync(batch, ct);
        batch.Clear();

        // A municipality code that started or ended during the series (a merger): its valid-from / valid-to, set once.
        foreach (var (regionKey, span) in spans)
        {
            if (RegionLevel.Of(span.Code) != "gemeente")
            {
                continue;
            }

            DateOnly? validFrom = tableFirst is { } tf && span.First > tf ? span.First : null;
            DateOnly? validTo = tableLast is { } tl && span.Last < tl ? span.Last : null;
            if (validFrom is not null || validTo is not null)
            {
                await load.SetRegionValidityAsync(regionKey, validFrom, validTo, ct);
            }
        }

        var message = plan.Warnings.Count == 0 ? null : string.Join("; ", plan.Warnings);
        var written = await load.CompleteAsync(plan.Fingerprint, message, ct, step);
        return (load.StepResult?.CellsRead ?? read, written);
    }

    private static bool IsTotal(CbsCode code) =>
        code.Title.TrimStart().StartsWith("Totaal", StringComparison.OrdinalIgnoreCase)
        || (code.Key.Length == 7 && code.Key[0] == 'T' && code.Key.Skip(1).All(char.IsAsciiDigit));

    private static string? TopicGroup(CbsDataProperty topic, IReadOnlyDictionary<int, CbsDataProperty> byId)
    {
        var path = new List<string>();
        var parent = topic.ParentId;
        for (var guard = 0; parent is { } id && byId.TryGetValue(id, out var group) && guard < 32; guard++)
        {
            path.Insert(0, group.Title.Trim());
            parent = group.ParentId;
        }

        return path.Count == 0 ? null : string.Join(" / ", path);
    }

    private static string Fingerprint(CbsTableDescriptor table, IEnumerable<PlannedTopic> topics, IEnumerable<PlannedDimension> dimensions, IEnumerable<string> regionFilters, string? periodFilter)
    {
        var text = string.Join("|",
            table.TableId,
            string.Join(",", topics.Select(t => t.Property.Key).Order(StringComparer.Ordinal)),
            string.Join(",", regionFilters),
            string.Join(",", dimensions.Select(d => d.Key + "=" + (d.Wanted is null ? "*" : string.Join("+", d.Wanted.Order(StringComparer.Ordinal))))),
            periodFilter ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>A column's raw value as CBS sent it; a dimension must have one.</summary>
    private static string Raw(CbsRow row, string key) =>
        row.GetString(key) ?? throw new KeyNotFoundException($"CBS-rij heeft geen waarde voor dimensie '{key}'.");

    /// <summary>A region code of the table that passed the region selection; its warehouse key once known.</summary>
    private sealed class RegionCode(string code, string level)
    {
        public string Code { get; } = code;

        public string Level { get; } = level;

        public int? Key { get; set; }
    }

    /// <summary>A period code of the table from the first year on; its warehouse key once known.</summary>
    private sealed class PeriodCode(string code, string? status)
    {
        public string Code { get; } = code;

        public string? Status { get; } = status;

        public int? Key { get; set; }

        public RegionalPeriodRecord? Record { get; set; }
    }

    private sealed record PlannedTopic(CbsDataProperty Property, RegionalMeasureRecord Record, bool IsString);

    private sealed record PlannedDimension(string Key, IReadOnlyDictionary<string, string> Titles, string? TotalKey, HashSet<string>? Wanted);

    private sealed record ImportPlan(
        IReadOnlyList<PlannedTopic> Measures,
        string? GeoKey,
        string? TimeKey,
        IReadOnlyDictionary<string, CbsCode> RegionCodes,
        HashSet<string>? WantedRegions,
        HashSet<string>? WantedLevels,
        IReadOnlyList<PlannedDimension> Dimensions,
        IReadOnlyDictionary<string, string?> PeriodStatus,
        int? FromYear,
        IReadOnlyList<string?> Filters,
        IReadOnlyList<string>? Select,
        string Fingerprint,
        IReadOnlyList<string> Warnings);
}
