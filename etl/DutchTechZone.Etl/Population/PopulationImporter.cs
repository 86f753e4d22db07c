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
            var info = await client.GetTableInfoAsync(table.TableId, ct);
            modified = info.Modified;
            var last = await lineage.LastCbsModifiedAsync(table.TableId, origin, ct);
            if (last == info.Modified)
            {
                var note = $"unchanged since {info.Modified:yyyy-MM-dd HH:mm} (CBS Modified)";
                await importLog.FinishAsync(new ImportOutcome(importId, "skipped", 0, Message: note), ct);
                logger.LogInformation("CBS {Table} ({Origin}) skipped: {Reason}", table.TableId, origin, note);
                return new TableImportResult(table.TableId, origin, "skipped", 0, 0, info.Modified, note);
            }

            var pull = await PullAsync(table, ct);
            var written = await loader.LoadAsync(new PopulationLoad(
                importId,
                new CbsSourceRecord(table.TableId, origin, info.Modified, pull.Url),
                pull.Regions,
                pull.Measures,
                pull.Rows), ct);
            logger.LogInformation("CBS {Table} ({Origin}) loaded: {Read} counts read, {Written} rows written", table.TableId, origin, pull.Rows.Count, written);
            return new TableImportResult(table.TableId, origin, "loaded", pull.Rows.Count, written, info.Modified, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "CBS {Table} ({Origin}) failed", table.TableId, origin);
            await importLog.FinishAsync(new ImportOutcome(importId, "failed", 0, Message: e.Message), CancellationToken.None);
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
        var filters = new List<string>();
        foreach (var dimension in properties.Where(p => p.Type == "Dimension"))
        {
            var codes = await client.GetCodeListAsync(table.TableId, dimension.Key, ct);
            var total = codes.FirstOrDefault(c => c.Title.StartsWith("Totaal", StringComparison.OrdinalIgnoreCase))
                ?? throw new CbsException($"CBS table {table.TableId}: no total category in dimension {dimension.Key}.");
            filters.Add($"({dimension.Key} eq '{total.RawKey}')");
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

        var fromYear = options.FromYear ?? time.GetUtcNow().Year - 3;
        if (regions.Count > 0)
        {
            filters.Insert(0, "(" + string.Join(" or ", regions.Select(r => $"{geo.Key} eq '{r.RawKey}'")) + ")");
        }

        filters.Add($"({timeDimension.Key} ge '{fromYear.ToString(CultureInfo.InvariantCulture)}')");
        filters.Add($"substringof('{table.PeriodType}',{timeDimension.Key})");
        var select = new List<string> { geo.Key, timeDimension.Key };
        select.AddRange(topics.Select(t => t.Property.Key));
        var filter = string.Join(" and ", filters);

        var rows = new List<PopulationRecord>();
        if (regions.Count > 0)
        {
            await foreach (var row in client.StreamAsync(table.TableId, "TypedDataSet", filter, select, ct))
            {
                var periodCode = row.GetDimension(timeDimension.Key);
                var period = CbsPeriod.Parse(periodCode);
                if (period.Start is not { } start || period.End is not { } end || !periodCode.Contains(table.PeriodType, StringComparison.Ordinal))
                {
                    continue;
                }

                var status = periods.GetValueOrDefault(periodCode, "Onbekend");
                foreach (var (topic, property) in topics)
                {
                    if (row.GetInt64(property.Key) is { } inhabitants)
                    {
                        var date = topic.Date == PeriodDate.Start ? start : end;
                        rows.Add(new PopulationRecord(row.GetDimension(geo.Key), table.TableId, topic.KeyStem, date, inhabitants, periodCode, status));
                    }
                }
            }
        }

        return new PulledTable(
            $"{table.TableId}/TypedDataSet?$filter={filter}",
            regions.Select(r => new RegionRecord(r.Key, r.Title.Trim(), "gemeente", IsPartner: false)).ToList(),
            topics.Select(t => new MeasureRecord(table.TableId, t.Topic.KeyStem, t.Property.Key, t.Property.Title, t.Property.Unit, t.Property.Decimals, t.Topic.CountsAt)).ToList(),
            rows);
    }

    private sealed record PulledTable(string Url, IReadOnlyList<RegionRecord> Regions, IReadOnlyList<MeasureRecord> Measures, IReadOnlyList<PopulationRecord> Rows);
}
