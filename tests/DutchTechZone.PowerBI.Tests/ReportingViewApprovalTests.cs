using DutchTechZone.PowerBI.Tests.Fixtures;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.PowerBI.Tests;

/// <summary>
/// Pins every rpt_ view's columns and types per database: the migrated warehouse must match the approved file in
/// Approved/ exactly. A contract change is then a reviewed diff: the test writes a .received.txt beside the approved
/// file; after review, copy it over the approved file.
/// </summary>
public abstract class ReportingViewApprovalTests<TProvider> where TProvider : IWarehouseProvider, new()
{
    private readonly TProvider _provider = new();

    [Fact]
    public async Task The_reporting_views_match_the_approved_contract()
    {
        await using var warehouse = await MigratedWarehouse.CreateAsync(_provider);
        var received = Render(await warehouse.ViewsAsync());
        var approvedPath = Path.Combine(PowerBiProject.ApprovedFolder, $"rpt_views.{_provider.Name}.approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (approved != received)
        {
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"The rpt_ views of {_provider.Name} differ from {approvedPath}:\n{Diff(approved, received)}\nReview {receivedPath} and copy it over the approved file if the change is intended.");
        }

        File.Delete(receivedPath);
    }

    // One self-contained line per column ("view.column type"), in view order, so that a diff line says what changed.
    private static string Render(IEnumerable<Contract.ViewColumn> columns) =>
        string.Concat(columns.OrderBy(c => c.View, StringComparer.Ordinal).ThenBy(c => c.Position)
            .Select(c => $"{c.View}.{c.Column} {(c.Type.Length == 0 ? "(expression)" : c.Type)}\n"));

    private static string Diff(string approved, string received)
    {
        var before = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = received.Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Join('\n', before.Except(after).Select(l => "- " + l).Concat(after.Except(before).Select(l => "+ " + l)));
    }
}

public sealed class SqliteReportingViewApprovalTests : ReportingViewApprovalTests<SqliteProvider>;

public sealed class PostgreSqlReportingViewApprovalTests : ReportingViewApprovalTests<PostgreSqlProvider>;
