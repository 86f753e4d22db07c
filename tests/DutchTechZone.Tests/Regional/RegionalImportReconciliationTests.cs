using System.Text.Json.Nodes;
using Dapper;
using DutchTechZone.Etl.Regional;
using DutchTechZone.Tests.Cbs;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Regional;

/// <summary>
/// A regional-figures load records what the reconciliation check compares, like the population import: cells read,
/// rows written and rows unchanged in <c>etl_import</c>, with written + unchanged = read — also when a page was read twice.
/// </summary>
public abstract class RegionalImportReconciliationTests<TProvider> : IAsyncLifetime where TProvider : IWarehouseProvider, new()
{
    private RegionalImportFixture _f = null!;

    public async Task InitializeAsync() => _f = await RegionalImportFixture.StartAsync(new TProvider(), pageSize: 100);

    public async Task DisposeAsync() => await _f.DisposeAsync();

    [Fact]
    public async Task ALoadRecordsCellsReadRowsWrittenAndUnchangedThatAddUpAlsoAfterAResumedPage()
    {
        // A page that keeps failing after the client's retries: the pull resumes from it (its rows may be read twice).
        _f.Server.Inject(t => t.Contains("TypedDataSet", StringComparison.Ordinal) && t.Contains("$skip=300", StringComparison.Ordinal), CbsFault.ServiceUnavailable, times: 5);
        var first = await _f.Importer().ImportTableAsync(CbsTableDescriptor.Whole("80137ned"));

        var info = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "cbs", "v3-odatafeed", "80137ned__TableInfos.json")))!;
        info["value"]![0]!["Modified"] = "2026-11-30T02:00:00";
        _f.Server.Serve("80137ned", "TableInfos", info.ToJsonString());
        var again = await _f.Importer().ImportTableAsync(CbsTableDescriptor.Whole("80137ned"));

        Assert.Equal(("loaded", "loaded"), (first.Status, again.Status));
        await using var c = await _f.Warehouse.OpenAsync();
        var cells = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM fact_regional_figure");
        var rows = (await c.QueryAsync<(long Read, long Written, long Unchanged)>(
            "SELECT cells_read, rows_written, rows_unchanged FROM etl_import WHERE kind = 'cbs_figures' AND status = 'loaded' ORDER BY import_id")).ToList();
        Assert.Equal([(cells, cells, 0L), (cells, 0L, cells)], rows);
        Assert.Equal(first.RowsWritten, cells);
    }
}

public sealed class SqliteRegionalImportReconciliationTests : RegionalImportReconciliationTests<SqliteProvider>;

public sealed class PostgreSqlRegionalImportReconciliationTests : RegionalImportReconciliationTests<PostgreSqlProvider>;
