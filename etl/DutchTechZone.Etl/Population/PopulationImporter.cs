using System.Globalization;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.Population;

/// <summary>
/// Imports inhabitant counts of the configured municipalities from CBS (37230ned, 03759ned) into
/// <c>fact_population</c>. Topic keys and dimension totals are resolved from the table's metadata on every run;
/// a table whose <c>Modified</c> stamp has not changed since its last load is skipped and writes nothing.
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
                var refused = "the warehouse holds live CBS figures of this table; the bundled sample is not loaded over them";
                await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Skipped, 0, Message: refused), ct);
                logger.LogWarning("CBS {Table} ({Origin}) skipped: {Reason}", table.TableId, origin, refused);
                return new TableImportResult(table.TableId, origin, "skipped", 0, 0, null, refused);
            }

            var info = await client.GetTableInfoAsync(table.TableId, ct);
            modified = info.Modified;
            var fingerprint = RequestFingerprint.Of(table, options.Municipalities, FromYear());
            var last = await lineage.LastCbsLoadAsync(table.TableId, origin, ct);
            if (last is not null && last.Modified == info.Modified && last.Fingerprint == fingerprint)
            {
                var note = $"unchanged since {info.Modified:yyyy-MM-dd HH:mm} (CBS Modified) and the same request";
                await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Skipped, 0, Message: note), ct);
                logger.LogInformation("CBS {Table} ({Origin}) skipped: {Reason}", table.TableId, origin, note);
                return new TableImportResult(table.TableId, origin, "skipped", 0, 0, info.Modified, note);
            }

            var pull = await PullAsync(table, ct);
            var written = await loader.LoadAsync(new PopulationLoad(
                importId,
                new CbsSourceRecord(table.TableId, origin, info.Modified, pull.Url),
                pull.Regions,
                pull.Measures,
                pull.Rows,
                fingerprint), ct);
            logger.LogInformation("CBS {Table} ({Origin}) loaded: {Read} counts read, {Written} rows written", table.TableId, origin, pull.Rows.Count, written);
            return new TableImportResult(table.TableId, origin, "loaded", pull.Rows.Count, written, info.Modified, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "CBS {Table} ({Origin}) failed", table.TableId, origin);
            await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Failed, 0, Message: e.Message), CancellationToken.None);
            return new TableImportResult(table.TableId, origin, "failed", 0, 0, modified, e.Message);
        }
    }

    private async Task<PulledTable> PullAsync(PopulationTable table, CancellationToken ct)
    {
        var properties = await client.GetDataPropertiesAsync(table.TableId, ct);
        var geo = properties.FirstOrDefault(p => p.Type == "GeoDimension")
            ?? throw new CbsException($"CBS table {table.TableId} has no region dimension (GeoDimension).");
        var timeDimension = properties.FirstOrDefault(p => p.Type == "TimeDimension")
            ?? throw new CbsException($"CBS table {table.TableId} has no time dimension.");
        var topics = table.Topics.Select(t => (Topic: t, Property: properties.FirstOrDefault(p => p.Type == "Topic" && p.KeyStem == t.KeyStem)
            ?? throw new CbsException($"CBS table {table.TableId} has no topic '{t.KeyStem}' any more: check its DataProperties."))).ToList();

        // Other dimensions (sex, age, marital status): take their total category, found by its title.
        var totals = new List<string>();
        foreach (var dimension in properties.Where(p => p.Type == "Dimension"))
        {
            var codes = await client.GetCodeListAsync(table.TableId, dimension.Key, ct);
            var total = codes.FirstOrDefault(c => c.Title.StartsWith("Totaal", StringComparison.OrdinalIgnoreCase))
                ?? throw new CbsException($"CBS table {table.TableId}: no total category in dimension {dimension.Key}.");
            totals.Add($"({CbsFilter.Identifier(dimension.Key)} eq {CbsFilter.Literal(total.RawKey)})");
        }

        var regionCodes = await client.GetCodeListAsync(table.TableId, geo.Key, ct);
        var wanted = options.Municipalities.ToDictionary(m => m.CbsCode, StringComparer.OrdinalIgnoreCase);
        var regions = regionCodes.Where(c => wanted.ContainsKey(c.Key)).ToList();
        foreach (var missing in wanted.Keys.Except(regions.Select(r => r.Key), StringComparer.OrdinalIgnoreCase))
        {
            logger.LogWarning("CBS {Table} has no region {Code}", table.TableId, missing);
        }

        var periods = (await client.GetCodeListAsync(table.TableId, timeDimension.Key, ct))
            .ToDictionary(p => p.Key, p => p.Status ?? "Onbekend", StringComparer.Ordinal);

        var fromYear = FromYear();
        var timeKey = CbsFilter.Identifier(timeDimension.Key);
        var periodFilter = $"({timeKey} ge '{fromYear.ToString(CultureInfo.InvariantCulture)}') and substringof('{table.PeriodType}',{timeKey})";
        var select = new List<string> { CbsFilter.Identifier(geo.Key), timeKey };
        select.AddRange(topics.Select(t => CbsFilter.Identifier(t.Property.Key)));

        // Long OR-lists of regions make CBS fail (cbs-api.md §1.9): ask for at most RegionsPerRequest regions at a time.
        var byKey = new Dictionary<(string Region, string Topic, DateOnly Date), PopulationRecord>();
        var filters = new List<string>();
        foreach (var chunk in regions.Chunk(RegionsPerRequest))
        {
            var regionFilter = "(" + string.Join(" or ", chunk.Select(r => $"{CbsFilter.Identifier(geo.Key)} eq {CbsFilter.Literal(r.RawKey)}")) + ")";
            var filter = string.Join(" and ", new[] { regionFilter }.Concat(totals).Append(periodFilter));
            filters.Add(filter);
            var asked = chunk.Select(r => r.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);   // also when a source ignores the filter
            void Take(CbsRow row)
            {
                var periodCode = row.GetDimension(timeDimension.Key);
                var period = CbsPeriod.Parse(periodCode);
                if (!asked.Contains(row.GetDimension(geo.Key))
                    || period.Start is not { } start || period.End is not { } end || !periodCode.Contains(table.PeriodType, StringComparison.Ordinal)
                    || start.Year < fromYear)   // also when a source ignores the filter (the bundled snapshot, #10)
                {
                    return;
                }

                var status = periods.GetValueOrDefault(periodCode, "Onbekend");
                foreach (var (topic, property) in topics)
                {
                    if (row.GetInt64(property.Key) is { } inhabitants)
                    {
                        var date = topic.Date == PeriodDate.Start ? start : end;
                        var record = new PopulationRecord(row.GetDimension(geo.Key), table.TableId, topic.KeyStem, date, inhabitants, periodCode, status);
                        byKey[(record.CbsCode, record.TopicKey, record.ReferenceDate)] = record;   // one row per key, as the upsert needs
                    }
                }
            }

            // A pull that keeps failing after the client's own retries is resumed from the failed page, a few times.
            var source = client.StreamAsync(table.TableId, "TypedDataSet", filter, select, ct);
            for (var resumes = 0; ; resumes++)
            {
                try
                {
                    await foreach (var row in source)
                    {
                        Take(row);
                    }

                    break;
                }
                catch (CbsPullInterruptedException e) when (resumes < options.MaxResumes)
                {
                    logger.LogWarning("CBS {Table}: pull interrupted after {Rows} rows; resuming from {Url} in {Delay}", table.TableId, e.RowsDelivered, e.ResumeUrl, options.ResumeDelay);
                    await Task.Delay(options.ResumeDelay, time, ct);
                    source = client.ResumeAsync(e.ResumeUrl, ct);
                }
            }
        }

        var rows = byKey.Values.ToList();
        var filterText = string.Join(" | ", filters);
        return new PulledTable(
            $"{table.TableId}/TypedDataSet?$filter={filterText}",
            regions.Select(r => new RegionRecord(r.Key, r.Title.Trim(), "gemeente", IsPartner: false)).ToList(),
            topics.Select(t => new MeasureRecord(table.TableId, t.Topic.KeyStem, t.Property.Key, t.Property.Title, t.Property.Unit, t.Property.Decimals, t.Topic.CountsAt)).ToList(),
            rows);
    }

    private int FromYear() => options.FromYear ?? time.GetUtcNow().Year - 3;

    /// <summary>Regions per CBS request; larger lists are split over several requests.</summary>
    public const int RegionsPerRequest = 20;

    private sealed record PulledTable(string Url, IReadOnlyList<RegionRecord> Regions, IReadOnlyList<MeasureRecord> Measures, IReadOnlyList<PopulationRecord> Rows);
}
