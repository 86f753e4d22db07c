using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Regions;

/// <summary>
/// Hostile review: offline (<c>import cbs --offline</c>, <c>demo</c>) a configured <c>Regional:Membership</c> year whose
/// table is not in the bundled snapshot (2022 85067NED, 2026 86247NED by default) is skipped with a word: one Dutch
/// warning line per year on stderr and a <c>skipped</c> import row saying why — never in silence.
/// </summary>
public sealed class OfflineMembershipSkipTests : IDisposable
{
    private static readonly (int Year, string Table)[] NotBundled = [(2022, "85067NED"), (2026, "86247NED")];

    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("import", "cbs", "--offline")]
    [InlineData("demo")]
    public async Task AYearNotInTheSnapshotIsSkippedWithAWarningAndAnImportRow(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.Ok, exit);
        await using var c = await Warehouse().OpenAsync();
        foreach (var (year, table) in NotBundled)
        {
            var expected = $"Gebiedsindeling {year} ({table}) niet in de meegeleverde momentopname; overgeslagen.";
            Assert.Single(error.Split('\n'), l => l.Trim() == expected);
            Assert.DoesNotContain(table, output, StringComparison.Ordinal);
            var row = await c.QuerySingleAsync<(string Status, string Message)>(
                "SELECT status, message FROM etl_import WHERE name = @Table", new { Table = table });
            Assert.Equal(("skipped", expected), row);
        }

        Assert.Equal("loaded", await c.ExecuteScalarAsync<string>("SELECT status FROM etl_import WHERE name = '85755NED'"));
    }

    public void Dispose() => _temp.Dispose();

    private DutchTechZone.Database.Warehouse Warehouse() =>
        new(new WarehouseSettings(WarehouseProvider.Sqlite, $"Data Source={_temp.Combine("data", "warehouse.db")}"));

    private Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => InProcessDtz.RunAsync(_temp.Combine("data"), null, args);
}
