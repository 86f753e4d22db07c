using Dapper;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Tests.Infrastructure;
using DutchTechZone.Tests.Regional;

namespace DutchTechZone.Tests.Regions;

/// <summary>
/// The municipality → COROP → province division per year ("Gebieden in Nederland &lt;year&gt;"), end to end: the real
/// CBS client against the local replay server serving constructed tables in the v3 Feed shape (README.md here), into a
/// real warehouse of each provider.
/// </summary>
public abstract class RegionMembershipImporterTests<TProvider> : IAsyncLifetime where TProvider : IWarehouseProvider, new()
{
    private static readonly RegionMembershipTable Year2022 = new() { Year = 2022, TableId = ConstructedGebieden.Id2022 };
    private static readonly RegionMembershipTable Year2024 = new() { Year = 2024, TableId = ConstructedGebieden.Id2024 };

    private RegionalImportFixture _f = null!;

    public async Task InitializeAsync()
    {
        _f = await RegionalImportFixture.StartAsync(new TProvider(), pageSize: 3);   // pages of 3 rows: the pull is paged
        ConstructedGebieden.ServeOn(_f.Server, 2022);
        ConstructedGebieden.ServeOn(_f.Server, 2024);
    }

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task EachYearGetsOneMembershipRowPerMunicipalityAndCoropAreasAndProvincesBecomeRegions()
    {
        var results = await _f.MembershipImporter().ImportAsync([Year2024, Year2022]);

        Assert.Equal([ConstructedGebieden.Id2022, ConstructedGebieden.Id2024], results.Select(r => r.TableId).ToList());   // oldest year first
        Assert.All(results, r => Assert.Equal("loaded", r.Status));
        Assert.Equal(ConstructedGebieden.Municipalities[2022].Length, results[0].RowsRead);
        Assert.Equal(ConstructedGebieden.Municipalities[2022].Length, results[0].RowsWritten);
        await using var c = await _f.Warehouse.OpenAsync();
        foreach (var (year, municipalities) in ConstructedGebieden.Municipalities)
        {
            var rows = (await c.QueryAsync<(string Code, string Corop, string Province)>(
                "SELECT cbs_code, corop_code, province_code FROM rpt_region_membership WHERE year = @Year AND region_level = 'gemeente' ORDER BY cbs_code", new { Year = year })).ToList();
            Assert.Equal(municipalities.Select(m => (m.Code, m.Corop, m.Province)).OrderBy(m => m.Code, StringComparer.Ordinal).ToList(), rows);   // codes trimmed

            // COROP areas (not the sub-areas of the same titles) with their province that year, as regions of their level.
            var corops = (await c.QueryAsync<(string Code, string Province)>(
                "SELECT cbs_code, province_code FROM rpt_region_membership WHERE year = @Year AND region_level = 'corop' ORDER BY cbs_code", new { Year = year })).ToList();
            Assert.Equal(municipalities.Select(m => (m.Corop, m.Province)).Distinct().OrderBy(m => m.Corop, StringComparer.Ordinal).ToList(), corops);
        }

        Assert.Equal(0, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dim_region WHERE cbs_code LIKE 'CS%'"));
        var levels = (await c.QueryAsync<(string Code, string Name, string Level)>(
            "SELECT cbs_code, name, region_level FROM rpt_region WHERE cbs_code IN ('GM9002', 'CR09', 'PV23')  ORDER BY cbs_code")).ToList();
        Assert.Equal([("CR09", "Zuidwest-Drenthe", "corop"), ("GM9002", "Nieuwgemeente", "gemeente"), ("PV23", "Overijssel", "provincie")], levels);

        // Lineage: every membership row names its CBS table, and the import log reconciles (written + unchanged = read).
        Assert.Equal(ConstructedGebieden.Id2022, await c.ExecuteScalarAsync<string>("SELECT source_table FROM rpt_region_membership WHERE cbs_code = 'GM9001'"));
        Assert.Equal("CBS", await c.ExecuteScalarAsync<string>("SELECT DISTINCT source_origin FROM rpt_region_membership"));
        var log = (await c.QueryAsync<(string Kind, long Read, long Written, long Unchanged)>(
            "SELECT kind, cells_read, rows_written, rows_unchanged FROM etl_import ORDER BY import_id")).ToList();
        Assert.Equal([("cbs_figures", 7L, 7L, 0L), ("cbs_figures", 7L, 7L, 0L)], log);
    }

    [Fact]
    public async Task AMergedAwayCodeEndsANewOneStartsAndAMoveDoesNotOverwriteTheYearBefore()
    {
        // The later year first: the end of a code is found whatever order the years come in.
        await _f.MembershipImporter().ImportTableAsync(Year2024);
        await _f.MembershipImporter().ImportTableAsync(Year2022);

        await using var c = await _f.Warehouse.OpenAsync();
        var validity = (await c.QueryAsync<(string Code, DateOnly? From, DateOnly? To)>(
            "SELECT cbs_code, valid_from, valid_to FROM rpt_region WHERE cbs_code IN ('GM0114', 'GM9001', 'GM9002', 'GM9003') ORDER BY cbs_code")).ToList();
        Assert.Equal(
            [("GM0114", null, null), ("GM9001", null, new DateOnly(2023, 12, 31)), ("GM9002", new DateOnly(2024, 1, 1), null), ("GM9003", null, null)],
            validity);

        // GM9001 is still there with its 2022 membership (never deleted); GM9003's 2022 COROP area stays CR09.
        Assert.Equal("CR09", await c.ExecuteScalarAsync<string>("SELECT corop_code FROM rpt_region_membership WHERE cbs_code = 'GM9001' AND year = 2022"));
        var moved = (await c.QueryAsync<(int Year, string Corop, string CoropName)>(
            "SELECT year, corop_code, corop_name FROM rpt_region_membership WHERE cbs_code = 'GM9003' ORDER BY year")).ToList();
        Assert.Equal([(2022, "CR09", "Zuidwest-Drenthe"), (2024, "CR08", "Zuidoost-Drenthe")], moved);

        // rpt_region: the current parents (the latest year) and that year.
        var current = await c.QuerySingleAsync<(string Corop, string CoropName, string Province, string ProvinceName, int Year)>(
            "SELECT corop_code, corop_name, province_code, province_name, membership_year FROM rpt_region WHERE cbs_code = 'GM9003'");
        Assert.Equal(("CR08", "Zuidoost-Drenthe", "PV22", "Drenthe", 2024), current);
        Assert.Equal(("CR09", 2022), await c.QuerySingleAsync<(string, int)>("SELECT corop_code, membership_year FROM rpt_region WHERE cbs_code = 'GM9001'"));
        Assert.True(await c.ExecuteScalarAsync<bool>("SELECT is_partner FROM rpt_region WHERE cbs_code = 'GM0114'"));   // the seeded partner keeps its flag
    }

    [Fact]
    public async Task AnUnchangedYearIsSkippedAndAChangedModifiedReloadsWithoutWritingTheSameRows()
    {
        await _f.MembershipImporter().ImportTableAsync(Year2022);

        var again = await _f.MembershipImporter().ImportTableAsync(Year2022);
        ConstructedGebieden.ServeOn(_f.Server, 2022, modified: "2026-11-30T02:00:00");
        var changed = await _f.MembershipImporter().ImportTableAsync(Year2022);

        Assert.Equal(("skipped", 0L), (again.Status, again.RowsWritten));
        Assert.Equal(("loaded", 7L, 0L), (changed.Status, changed.RowsRead, changed.RowsWritten));
        await using var c = await _f.Warehouse.OpenAsync();
        Assert.Equal(7 + 3, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dim_region_membership"));   // 7 municipalities, 3 COROP areas
        Assert.Equal((7L, 0L, 7L), await c.QuerySingleAsync<(long, long, long)>(
            "SELECT cells_read, rows_written, rows_unchanged FROM etl_import WHERE status = 'loaded' ORDER BY import_id DESC " + Limit1()));
    }

    [Fact]
    public async Task ATableThatIsNotADivisionFailsAndSaysWhyWithoutStoppingTheNextYear()
    {
        ConstructedTable.ServeOn(_f.Server);

        var results = await _f.MembershipImporter().ImportAsync([new RegionMembershipTable { Year = 2020, TableId = ConstructedTable.Id }, Year2022]);

        Assert.Equal(["failed", "loaded"], results.Select(r => r.Status).ToList());
        Assert.Contains("COROP-gebieden", results[0].Message, StringComparison.Ordinal);
        await using var c = await _f.Warehouse.OpenAsync();
        Assert.Equal(0, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dim_region_membership WHERE year = 2020"));
    }

    [Fact]
    public async Task AYearCbsNoLongerServesFailsInDutchNamingYearAndTableAndItsEarlierLoadStays()
    {
        await _f.MembershipImporter().ImportTableAsync(Year2022);

        // The same table, now answered with 404 (a Feed root where the replay server serves nothing).
        var gone = await _f.MembershipImporter(baseAddress: new Uri(_f.Server.Root, "Weg/odata/")).ImportTableAsync(Year2022);

        Assert.Equal("failed", gone.Status);
        Assert.Equal(
            $"configuratie (configuration): CBS kent tabel {ConstructedGebieden.Id2022} (Gebieden in Nederland 2022) niet (HTTP 404); "
            + "controleer Regional:Membership voor 2022; de eerder geladen indeling van 2022 blijft staan",
            gone.Message);
        await using var c = await _f.Warehouse.OpenAsync();
        Assert.Equal(7, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_region_membership WHERE year = 2022 AND region_level = 'gemeente'"));
        Assert.Equal(["loaded", "failed"], (await c.QueryAsync<string>("SELECT status FROM etl_import ORDER BY import_id")).ToList());
    }

    [Fact]
    public async Task ATableThatIsNotADivisionIsAConfigurationErrorNamingTheSettingInDutch()
    {
        ConstructedTable.ServeOn(_f.Server);
        var notADivision = new RegionMembershipTable { Year = 2020, TableId = ConstructedTable.Id };
        var options = new DutchTechZone.Etl.Regional.RegionalImportOptions { Membership = [Year2022, notADivision] };

        var result = await _f.MembershipImporter(options: options).ImportTableAsync(notADivision);

        Assert.Equal("failed", result.Status);
        Assert.StartsWith("configuratie", result.Message, StringComparison.Ordinal);
        Assert.Contains($"Regional:Membership:1:TableId {ConstructedTable.Id}", result.Message, StringComparison.Ordinal);
        Assert.Contains("geen tabel 'Gebieden in Nederland'", result.Message, StringComparison.Ordinal);
        Assert.Contains("COROP-gebieden", result.Message, StringComparison.Ordinal);
        Assert.Contains("Provincies", result.Message, StringComparison.Ordinal);
        await using var c = await _f.Warehouse.OpenAsync();
        Assert.Equal(result.Message, await c.ExecuteScalarAsync<string>("SELECT message FROM etl_import WHERE status = 'failed'"));
    }

    [Fact]
    public async Task TheBundledSampleGivesTheFivePartnersTheirCoropAreaAndProvinceLabelledAsSample()
    {
        var result = await _f.MembershipImporter(CbsOrigin.BundledSample, new CbsSnapshotHandler(), CbsSnapshotHandler.BaseAddress)
            .ImportTableAsync(new RegionMembershipTable { Year = 2024, TableId = "85755NED" });

        Assert.Equal(("loaded", 5L), (result.Status, result.RowsWritten));
        await using var c = await _f.Warehouse.OpenAsync();
        var rows = (await c.QueryAsync<(string Code, string Corop, string Province, string Origin)>(
            "SELECT cbs_code, corop_code, province_code, source_origin FROM rpt_region_membership WHERE region_level = 'gemeente' ORDER BY cbs_code")).ToList();
        Assert.Equal(
            [("GM0109", "CR08", "PV22", "bundled sample"), ("GM0114", "CR08", "PV22", "bundled sample"), ("GM0118", "CR09", "PV22", "bundled sample"),
             ("GM0160", "CR10", "PV23", "bundled sample"), ("GM1681", "CR08", "PV22", "bundled sample")],
            rows);
    }

    private static string Limit1() => "LIMIT 1";
}

public sealed class SqliteRegionMembershipImporterTests : RegionMembershipImporterTests<SqliteProvider>;

public sealed class PostgreSqlRegionMembershipImporterTests : RegionMembershipImporterTests<PostgreSqlProvider>;
