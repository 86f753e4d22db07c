using DutchTechZone.Database;
using DutchTechZone.Migrations;

namespace DutchTechZone.SqlServer.Tests;

/// <summary>The SQL Server text under test, found generically: every embedded script and statement.</summary>
public static class Sources
{
    public static IReadOnlyList<(string Name, string Sql)> Migrations => MigrationScripts.For(MigrationProvider.SqlServer);

    public static IReadOnlyDictionary<string, string> Statements => SqlText.All(WarehouseProvider.SqlServer);

    public static TheoryData<string> MigrationNames() => Data(Migrations.Select(m => m.Name));

    public static TheoryData<string> StatementNames() => Data(Statements.Keys);

    public static string Migration(string name) => Migrations.Single(m => m.Name == name).Sql;

    private static TheoryData<string> Data(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }
}
