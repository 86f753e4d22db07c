using Dapper;
using DutchTechZone.Database;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Warehouse;

/// <summary>The DbUp migrations, run for real once per database (SQLite file, PostgreSQL server).</summary>
public abstract class MigrationTests<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();
    private readonly string _connectionString;

    protected MigrationTests() => _connectionString = _provider.CreateEmptyDatabase(_temp);

    [Fact]
    public async Task FirstMigrationAppliesEveryScriptAndTheSecondAppliesNothing()
    {
        var first = await Migrator().MigrateAsync();
        var second = await Migrator().MigrateAsync();

        Assert.Equal(MigrationScripts.For(_provider.MigrationProvider).Select(s => s.Name), first.AppliedScripts);
        Assert.Empty(second.AppliedScripts);
        Assert.Empty(Migrator().PendingScripts());
    }

    [Fact]
    public async Task MigratedSchemaHasTheStarSchemaAndTheReportingViews()
    {
        await Migrator().MigrateAsync();
        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, _connectionString));
        await using var connection = await warehouse.OpenAsync();

        Assert.Equal(14976, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dim_date"));
        Assert.Equal(5, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dim_region WHERE is_partner = @True", new { True = true }));
        foreach (var relation in new[] { "fact_population", "fact_contribution", "dim_measure", "dim_source", "etl_import", "etl_rejection", "rpt_population", "rpt_contribution" })
        {
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {relation}"));
        }
    }

    [Fact]
    public async Task FailingScriptIsNamedAndLeavesNothingOfItBehind()
    {
        // A table the first script creates already exists: that script fails part-way.
        var warehouse = new DutchTechZone.Database.Warehouse(new WarehouseSettings(_provider.Provider, _connectionString));
        if (_provider.Provider == WarehouseProvider.Sqlite)
        {
            // Only the migrator makes the embedded warehouse file; make it here the way SQLite does.
            await using var create = new Microsoft.Data.Sqlite.SqliteConnection(_connectionString);
            await create.OpenAsync();
        }

        await using (var connection = await warehouse.OpenAsync())
        {
            await connection.ExecuteAsync("CREATE TABLE dim_measure (x integer)");
        }

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => Migrator().MigrateAsync());

        Assert.Equal("0001_dimensions.sql", failure.Script);
        Assert.Contains("0001_dimensions.sql", failure.Message, StringComparison.Ordinal);
        await using (var connection = await warehouse.OpenAsync())
        {
            // dim_date comes before dim_measure in the script: rolled back with it.
            var tables = await connection.QueryAsync<string>(_provider.Provider == WarehouseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
            Assert.DoesNotContain("dim_date", tables);
        }
    }

    [Fact]
    public async Task TwoMigrationsStartedTogetherBothSucceedAndApplyEachScriptOnce()
    {
        var results = await Task.WhenAll(Migrator().MigrateAsync(), Migrator().MigrateAsync());

        var applied = results.SelectMany(r => r.AppliedScripts).ToList();
        Assert.Equal(MigrationScripts.For(_provider.MigrationProvider).Count, applied.Count);
        Assert.Equal(applied.Count, applied.Distinct().Count());
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private WarehouseMigrator Migrator() => new(_provider.MigrationProvider, _connectionString);
}

public sealed class SqliteMigrationTests : MigrationTests<SqliteProvider>;

public sealed class PostgreSqlMigrationTests : MigrationTests<PostgreSqlProvider>;
