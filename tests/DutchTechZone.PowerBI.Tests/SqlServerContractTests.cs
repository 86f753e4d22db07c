using DutchTechZone.Database;
using DutchTechZone.Migrations;
using DutchTechZone.PowerBI.Tests.Contract;
using DutchTechZone.PowerBI.Tests.Fixtures;

namespace DutchTechZone.PowerBI.Tests;

/// <summary>
/// The model against SQL Server — the database its partitions connect to — as the SQL Server migration scripts define
/// the views (no SQL Server runs here; tests/DutchTechZone.SqlServer.Tests validates those scripts with DacFx).
/// </summary>
public sealed class SqlServerContractTests
{
    private static IReadOnlyList<(string Name, string Sql)> Scripts => MigrationScripts.For(MigrationProvider.SqlServer);

    [Fact]
    public void Every_model_table_and_column_reads_an_existing_SQL_Server_view_column_of_a_compatible_type()
    {
        var views = SqlServerViews.Read(Scripts);

        Assert.Contains(views, v => v is { View: "rpt_contribution", Column: "amount", Type: "decimal" });
        var findings = ContractChecker.Check(ProjectFiles.Model, WarehouseProvider.SqlServer, views);
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public void Renaming_a_view_column_in_the_SQL_Server_script_fails_the_contract()
    {
        // rpt_contribution is last defined by 0017 (Power BI keys + change columns + frozen/last change).
        var renamed = Scripts.Select(s => s.Name.StartsWith("0017", StringComparison.Ordinal)
            ? (s.Name, s.Sql.Swap("AS decimal(18, 2))    AS amount,", "AS decimal(18, 2))    AS amount_eur,", 1))
            : s);

        var findings = ContractChecker.Check(ProjectFiles.Model, WarehouseProvider.SqlServer, SqlServerViews.Read(renamed));

        var finding = Assert.Single(findings);
        Assert.Contains("Model table 'Bijdragen' column 'Bedrag' reads rpt_contribution.amount, which view rpt_contribution does not have", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_money_column_the_model_reads_as_decimal_but_SQL_Server_returns_as_float_fails_the_contract()
    {
        var changed = Scripts.Select(s => s.Name.StartsWith("0013", StringComparison.Ordinal)
            ? (s.Name, s.Sql.Swap("CAST(x.amount_cents / 100.0 AS decimal(18, 2)) AS amount", "CAST(x.amount_cents / 100.0 AS float) AS amount", 1))
            : s);

        var findings = ContractChecker.Check(ProjectFiles.Model, WarehouseProvider.SqlServer, SqlServerViews.Read(changed));

        Assert.Contains(findings, f => f.Contains("Model table 'Uitgaven' column 'Bedrag' is decimal but rpt_spending.amount is float", StringComparison.Ordinal));
    }
}
