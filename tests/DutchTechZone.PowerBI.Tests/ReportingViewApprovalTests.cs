using DutchTechZone.Migrations;
using DutchTechZone.PowerBI.Tests.Contract;
using DutchTechZone.PowerBI.Tests.Fixtures;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.PowerBI.Tests;

/// <summary>
/// Pins every rpt_ view's columns and types per database (Approved/rpt_views.*.approved.txt): the migrated SQLite
/// and PostgreSQL warehouses, and SQL Server as its migration scripts define it.
/// </summary>
public abstract class ReportingViewApprovalTests<TProvider> where TProvider : IWarehouseProvider, new()
{
    private readonly TProvider _provider = new();

    [Fact]
    public async Task The_reporting_views_match_the_approved_contract()
    {
        await using var warehouse = await MigratedWarehouse.CreateAsync(_provider);

        var failure = ContractApproval.Verify(_provider.Name, await warehouse.ViewsAsync());

        Assert.True(failure is null, failure);
    }
}

public sealed class SqliteReportingViewApprovalTests : ReportingViewApprovalTests<SqliteProvider>;

public sealed class PostgreSqlReportingViewApprovalTests : ReportingViewApprovalTests<PostgreSqlProvider>;

public sealed class SqlServerReportingViewApprovalTests
{
    [Fact]
    public void The_reporting_views_match_the_approved_contract()
    {
        var failure = ContractApproval.Verify("sqlserver", SqlServerViews.Read(MigrationScripts.For(MigrationProvider.SqlServer)));

        Assert.True(failure is null, failure);
    }
}
