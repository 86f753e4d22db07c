using DutchTechZone.PowerBI.Tests.Contract;
using DutchTechZone.PowerBI.Tests.Fixtures;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.PowerBI.Tests;

/// <summary>
/// The model against a warehouse migrated for real: every table's view and every column's sourceColumn exists with a
/// type the model can hold; a renamed view column breaks the check with a message naming table, column and view.
/// </summary>
public abstract class ContractTests<TProvider> where TProvider : IWarehouseProvider, new()
{
    private readonly TProvider _provider = new();

    [Fact]
    public async Task Every_model_table_and_column_reads_an_existing_view_column_of_a_compatible_type()
    {
        await using var warehouse = await MigratedWarehouse.CreateAsync(_provider);

        var findings = ContractChecker.Check(ProjectFiles.Model, _provider.Provider, await warehouse.ViewsAsync());

        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public async Task Renaming_a_view_column_fails_the_contract_naming_the_model_table_column_and_view()
    {
        await using var warehouse = await MigratedWarehouse.CreateAsync(_provider);
        var before = ContractChecker.Check(ProjectFiles.Model, _provider.Provider, await warehouse.ViewsAsync());
        await warehouse.RenameViewColumnAsync("rpt_contribution", "amount", "amount_eur");

        var findings = ContractChecker.Check(ProjectFiles.Model, _provider.Provider, await warehouse.ViewsAsync());

        var finding = Assert.Single(findings.Except(before));
        Assert.Contains("Model table 'Bijdragen' column 'Bedrag'", finding, StringComparison.Ordinal);
        Assert.Contains("rpt_contribution.amount", finding, StringComparison.Ordinal);
        Assert.Contains("view rpt_contribution does not have", finding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_model_column_of_an_incompatible_type_fails_the_contract()
    {
        await using var warehouse = await MigratedWarehouse.CreateAsync(_provider);
        var views = (await warehouse.ViewsAsync()).Select(v => v.View == "rpt_theme" && v.Column == "theme_key" ? v with { Type = "TEXT" } : v).ToList();

        var findings = ContractChecker.Check(ProjectFiles.Model, _provider.Provider, views);

        Assert.Contains(findings, f => f.Contains("Model table 'Thema' column 'theme_key' is int64 but rpt_theme.theme_key is TEXT", StringComparison.Ordinal));
    }
}

public sealed class SqliteContractTests : ContractTests<SqliteProvider>;

public sealed class PostgreSqlContractTests : ContractTests<PostgreSqlProvider>;
