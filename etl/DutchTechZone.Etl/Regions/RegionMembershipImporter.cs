using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regional;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.Regions;

/// <summary>
/// Imports the municipality → COROP area → province division per year from the CBS tables "Gebieden in Nederland
/// &lt;year&gt;" into <c>dim_region_membership</c>, with the skeleton of the regional-figures pipeline: the import log
/// (kind <c>cbs_figures</c>), skip when CBS's <c>Modified</c> and the request are unchanged, the bundled sample never
/// over live figures, the table's own metadata for its columns, the Feed streamed (retries, resume from a failed
/// page), and one transaction of lineage, staging and set-based statements (<see cref="RegionMembershipLoader"/>).
/// One failing year does not stop the others; a year whose table CBS does not (or no longer) serve (HTTP 404) fails with
/// a Dutch warning naming the year and the table, and what was loaded for that year before stays.
/// </summary>
public sealed partial class RegionMembershipImporter(
    CbsFeedClient client,
    string origin,
    ImportLog importLog,
    RegionalLineageQueries lineage,
    RegionMembershipLoader loader,
    RegionalImportOptions options,
    TimeProvider time,
    ILogger<RegionMembershipImporter> logger)
{
    /// <summary>Imports the years in order (oldest first, so that a code's end is seen against the years before it).</summary>
    public async Task<IReadOnlyList<TableImportResult>> ImportAsync(IEnumerable<RegionMembershipTable> tables, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var results = new List<TableImportResult>();
        foreach (var table in tables.OrderBy(t => t.Year))
        {
            results.Add(await ImportTableAsync(table, ct));
        }

        return results;
    }

    private readonly CbsTableImportSkeleton _skeleton = new(client, origin, importLog, lineage, logger);

    /// <summary>Imports one year.</summary>
    public Task<TableImportResult> ImportTableAsync(RegionMembershipTable table, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (origin == CbsOrigin.BundledSample && !CbsSnapshotHandler.TableIds.Contains(table.TableId, StringComparer.OrdinalIgnoreCase))
        {
            return _skeleton.SkipAsync(table.TableId, $"Gebiedsindeling {table.Year} ({table.TableId}) niet in de meegeleverde momentopname; overgeslagen.", ct);
        }

        return _skeleton.RunAsync(
            table.TableId,
            async (info, token) =>
            {
                var plan = Plan(table, Setting(table), info, await client.GetDataPropertiesAsync(table.TableId, token));
                return (plan, plan.Fingerprint);
            },
            async (importId, info, plan, token) =>
            {
                var titles = (await client.GetCodeListAsync(table.TableId, plan.GeoKey, token)).ToDictionary(c => c.Key, c => c.Title, StringComparer.OrdinalIgnoreCase);
                var municipalities = await PullAsync(table, plan, titles, token);
                if (municipalities.Count == 0)
                {
                    throw NotADivision(table, Setting(table), "de tabel bevat geen gemeenten (GM-codes)");
                }

                var message = plan.Warnings.Count == 0 ? null : string.Join("; ", plan.Warnings);
                var url = $"{table.TableId}/TypedDataSet?$select={string.Join(",", plan.Select)}";
                var result = await loader.LoadAsync(new RegionMembershipLoad(
                    importId, new CbsSourceRecord(table.TableId, origin, info.Modified, url), table.Year, municipalities, plan.Fingerprint, message), token);
                logger.LogInformation("CBS {Table} ({Origin}) division {Year}: {Read} municipalities read, {Written} memberships written, {Unchanged} unchanged",
                    table.TableId, origin, table.Year, result.RowsRead, result.RowsWritten, result.RowsUnchanged);
                return (result.RowsRead, result.RowsWritten, message);
            },
            ct,
            validate: () =>
            {
                if (string.IsNullOrWhiteSpace(table.TableId) || table.Year is < 1900 or > 2100)
                {
                    throw new CbsConfigurationException($"Regional:Membership: '{table.TableId}' heeft een TableId en een jaar (1900-2100) nodig, niet {table.Year}");
                }
            },
            notServed: loadedBefore =>
                $"CBS kent tabel {table.TableId} (Gebieden in Nederland {table.Year}) niet (HTTP 404); controleer Regional:Membership voor {table.Year}"
                + (loadedBefore ? $"; de eerder geladen indeling van {table.Year} blijft staan" : string.Empty));
    }

    // The setting that names the table (Regional:Membership:N:TableId), for the messages the programme office reads.
    private string Setting(RegionMembershipTable table)
    {
        var index = options.Membership.FindIndex(m => ReferenceEquals(m, table)
            || (m.Year == table.Year && string.Equals(m.TableId, table.TableId, StringComparison.OrdinalIgnoreCase)));
        return index >= 0 ? $"Regional:Membership:{index}:TableId" : "Regional:Membership:TableId";
    }

    // A table configured as a division that is not one: a configuration error naming the setting, the table and what is missing.
    private static CbsConfigurationException NotADivision(RegionMembershipTable table, string setting, string missing) => new(
        $"{setting} {table.TableId} is geen tabel 'Gebieden in Nederland': {missing}; geef de CBS-tabel \"Gebieden in Nederland {table.Year}\".");

    private static MembershipPlan Plan(RegionMembershipTable table, string setting, CbsTableInfo info, IReadOnlyList<CbsDataProperty> properties)
    {
        var warnings = new List<string>();
        var byId = properties.ToDictionary(p => p.Id);
        var geo = properties.FirstOrDefault(p => p.Type == "GeoDimension")
            ?? throw NotADivision(table, setting, "de tabel heeft geen regiodimensie (GeoDimension)");

        string? Find(string group, string title)
        {
            var topic = properties.FirstOrDefault(p => p.IsTopic
                && string.Equals(p.Title.Trim(), title, StringComparison.OrdinalIgnoreCase)
                && p.ParentId is { } parent && byId.TryGetValue(parent, out var g)
                && string.Equals(g.Title.Trim(), group, StringComparison.OrdinalIgnoreCase));
            return topic?.Key;
        }

        var municipalityName = Find(table.MunicipalityGroup, table.NameTitle);
        var coropCode = Find(table.CoropGroup, table.CodeTitle);
        var coropName = Find(table.CoropGroup, table.NameTitle);
        var provinceCode = Find(table.ProvinceGroup, table.CodeTitle);
        var provinceName = Find(table.ProvinceGroup, table.NameTitle);
        if (coropCode is null && provinceCode is null)
        {
            throw NotADivision(table, setting,
                $"geen onderwerpgroep '{table.CoropGroup}' of '{table.ProvinceGroup}' met een onderwerp '{table.CodeTitle}' (gemeenten, COROP-gebieden en provincies niet gevonden)");
        }

        if (coropCode is null)
        {
            warnings.Add($"{table.TableId} heeft geen onderwerp '{table.CodeTitle}' in groep '{table.CoropGroup}': COROP-gebieden van {table.Year} niet geladen");
        }

        if (provinceCode is null)
        {
            warnings.Add($"{table.TableId} heeft geen onderwerp '{table.CodeTitle}' in groep '{table.ProvinceGroup}': provincies van {table.Year} niet geladen");
        }

        if (YearInTitle().Match(info.Title) is { Success: true } m && m.Value != table.Year.ToString(CultureInfo.InvariantCulture))
        {
            warnings.Add($"{table.TableId} heet '{info.Title.Trim()}' maar is ingesteld als gebiedsindeling van {table.Year}");
        }

        var select = new[] { geo.Key, municipalityName, coropCode, coropName, provinceCode, provinceName }.OfType<string>().ToList();
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|",
            "membership", table.TableId, table.Year.ToString(CultureInfo.InvariantCulture), string.Join(",", select)))));
        return new MembershipPlan(geo.Key, municipalityName, coropCode, coropName, provinceCode, provinceName, select, fingerprint, warnings);
    }

    private async Task<List<MunicipalityMembership>> PullAsync(RegionMembershipTable table, MembershipPlan plan, IReadOnlyDictionary<string, string> titles, CancellationToken ct)
    {
        var byCode = new Dictionary<string, MunicipalityMembership>(StringComparer.OrdinalIgnoreCase);
        void Take(CbsRow row)
        {
            var code = row.GetDimension(plan.GeoKey).ToUpperInvariant();
            if (RegionLevel.Of(code) != "gemeente")
            {
                return;
            }

            var name = Text(row, plan.MunicipalityName) ?? (titles.TryGetValue(code, out var t) ? RegionLevel.CleanTitle(t) : code);
            byCode[code] = new MunicipalityMembership(   // one row per code (a page read again after a resume counts once)
                code,
                name,
                Text(row, plan.CoropCode)?.ToUpperInvariant(),
                Text(row, plan.CoropName),
                Text(row, plan.ProvinceCode)?.ToUpperInvariant(),
                Text(row, plan.ProvinceName));
        }

        var source = client.StreamAsync(table.TableId, "TypedDataSet", null, plan.Select.Select(CbsFilter.Identifier).ToList(), ct);
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
            catch (CbsPullInterruptedException e) when (resumes < client.MaxResumes)
            {
                logger.LogWarning("CBS {Table}: pull interrupted after {Rows} rows; resuming from {Url} in {Delay}", table.TableId, e.RowsDelivered, e.ResumeUrl, client.ResumeDelay);
                await Task.Delay(client.ResumeDelay, time, ct);
                source = client.ResumeAsync(e.ResumeUrl, ct);
            }
        }

        return byCode.Values.ToList();
    }

    // A string topic, trimmed; empty and the CBS symbol '.' (unknown) are no value.
    private static string? Text(CbsRow row, string? key)
    {
        if (key is null || row.GetString(key)?.Trim() is not { Length: > 0 } text || text == ".")
        {
            return null;
        }

        return text;
    }

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearInTitle();

    private sealed record MembershipPlan(
        string GeoKey,
        string? MunicipalityName,
        string? CoropCode,
        string? CoropName,
        string? ProvinceCode,
        string? ProvinceName,
        IReadOnlyList<string> Select,
        string Fingerprint,
        IReadOnlyList<string> Warnings);
}
