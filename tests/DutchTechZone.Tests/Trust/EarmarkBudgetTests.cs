using System.Text;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Etl.Regions;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Trust;

/// <summary>
/// Issue #10 §5, end to end: a delivered Begroting whose co-financing line is marked Geoormerkt = Ja stays earmarked in the
/// Network-plan figures even when its activity name has a typo (the old name-prefix rule made it free money).
/// </summary>
public sealed class EarmarkBudgetTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly DutchTechZone.Database.Warehouse _warehouse;
    private readonly FakeTimeProvider _time;
    private readonly DropFolder _folder;

    public EarmarkBudgetTests()
    {
        var connectionString = $"Data Source={_temp.Combine("warehouse.db")};Foreign Keys=True";
        new WarehouseMigrator(MigrationProvider.Sqlite, connectionString).MigrateAsync().GetAwaiter().GetResult();
        _warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(WarehouseProvider.Sqlite, connectionString));
        _time = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddMinutes(5));
        _folder = new DropFolder(_temp.Combine("drop"));
        _folder.EnsureCreated();
    }

    [Fact]
    public async Task AMarkedCoFinancingLineWithATypoInItsNameStaysEarmarked()
    {
        Drop("Begroting_2026.csv",
            "Jaar;Thema;Activiteit;Financieringsbron;Bedrag;Toelichting;Geoormerkt",
            "2026;2;Cofinancering Samen Sterker;Netwerk- en Verbindingsplan;30.000;;Ja",
            "2026;3;Netwerkbijeenkomsten;Netwerk- en Verbindingsplan;55.000;;Nee");

        var result = Assert.Single(await Ingestor().IngestFolderAsync());
        var use = await new BudgetQueries(_warehouse).NetworkPlanAsync(2026);

        Assert.True(result.Status == IngestStatus.Loaded, $"{result.Status}: {result.Message}");
        Assert.Equal(8_500_000, use.AllocatedCents);
        Assert.Equal(3_000_000, use.EarmarkedCents);
    }

    public void Dispose() => _temp.Dispose();

    private void Drop(string name, params string[] lines) =>
        File.WriteAllBytes(Path.Combine(_folder.Incoming, name), new UTF8Encoding(true).GetBytes(string.Join("\r\n", lines) + "\r\n"));

    private DropFolderIngestor Ingestor() =>
        new(_folder, new StableFileFilter(_time, TimeSpan.FromSeconds(2), TimeSpan.Zero), new SpreadsheetReader(PartnerMunicipalities.Default),
            new ImportLog(_warehouse, _time), new RejectionLog(_warehouse, _time), new PartnerFileLoader(_warehouse, _time), _time, NullLogger<DropFolderIngestor>.Instance);
}
