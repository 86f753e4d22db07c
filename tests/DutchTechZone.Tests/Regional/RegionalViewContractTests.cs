using System.Data.Common;
using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Regional;

/// <summary>
/// The reporting-view contract shared with #11 and #12 (rpt_region, rpt_regional_figure): exactly these columns, in
/// this order, on every database.
/// </summary>
public abstract class RegionalViewContractTests<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private readonly string _connectionString;

    protected RegionalViewContractTests() => _connectionString = _provider.CreateEmptyDatabase(_temp);

    [Fact]
    public async Task RptRegionHasTheContractColumnsAndTheSeededRegionsWithTheirCoropAndProvince()
    {
        await using var connection = await MigratedAsync();

        Assert.Equal(
            ["region_key", "cbs_code", "name", "region_level", "is_partner", "corop_code", "corop_name", "province_code", "province_name", "valid_from", "valid_to", "membership_year"],
            await ColumnsAsync(connection, "rpt_region"));   // 0016 added membership_year (columns are only ever added)
        var emmen = await connection.QuerySingleAsync<(string Level, string CoropName, string ProvinceName)>(
            "SELECT region_level, corop_name, province_name FROM rpt_region WHERE cbs_code = 'GM0114'");
        Assert.Equal(("gemeente", "Zuidoost-Drenthe", "Drenthe"), emmen);
        Assert.Equal(11, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM rpt_region"));
    }

    [Fact]
    public async Task RptRegionalFigureHasTheContractColumns()
    {
        await using var connection = await MigratedAsync();

        Assert.Equal(
            [
                "region_key", "cbs_code", "region_name", "region_level", "is_partner",
                "measure_key", "table_id", "measure", "measure_title", "unit", "decimals",
                "categories", "categories_title",
                "period", "period_type", "period_start", "period_end", "date_key",
                "value", "value_symbol", "cbs_status",
                "source_key", "source_table", "source_modified", "loaded_at",
            ],
            await ColumnsAsync(connection, "rpt_regional_figure"));
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<DbConnection> MigratedAsync()
    {
        await new WarehouseMigrator(_provider.MigrationProvider, _connectionString).MigrateAsync();
        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, _connectionString));
        return await warehouse.OpenAsync();
    }

    private static async Task<List<string>> ColumnsAsync(DbConnection connection, string view)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {view} WHERE 1 = 0";
        await using var reader = await command.ExecuteReaderAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }
}

public sealed class SqliteRegionalViewContractTests : RegionalViewContractTests<SqliteProvider>;

public sealed class PostgreSqlRegionalViewContractTests : RegionalViewContractTests<PostgreSqlProvider>;
