using System.Text.RegularExpressions;
using DutchTechZone.Database;
using DutchTechZone.Migrations;
using DutchTechZone.SqlServer.Tests.Validation;
using Microsoft.SqlServer.Dac.Model;

namespace DutchTechZone.SqlServer.Tests;

/// <summary>One set of names in all three databases: SQL Server has the same scripts, statements, tables and columns.</summary>
public sealed partial class DialectParityTests
{
    public static TheoryData<MigrationProvider> OtherProviders() => new(MigrationProvider.Sqlite, MigrationProvider.PostgreSql);

    [Theory]
    [MemberData(nameof(OtherProviders))]
    public void SQL_Server_has_a_migration_script_of_the_same_name_for_every_other_dialect_script(MigrationProvider other)
    {
        var theirs = MigrationScripts.For(other).Select(s => s.Name);
        var ours = Sources.Migrations.Select(s => s.Name);

        Assert.Equal(theirs, ours);
    }

    [Theory]
    [InlineData(WarehouseProvider.Sqlite)]
    [InlineData(WarehouseProvider.PostgreSql)]
    public void SQL_Server_has_every_statement_the_other_dialects_have(WarehouseProvider other)
    {
        var missing = SqlText.All(other).Keys.Except(Sources.Statements.Keys).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(OtherProviders))]
    public void The_SQL_Server_schema_has_the_same_tables_columns_and_views_as_the_other_dialects(MigrationProvider other)
    {
        var expected = DeclaredNames(MigrationScripts.For(other).Select(s => s.Sql));

        using var model = DacFxModel.Build(SchemaReplayer.Replay(Sources.Migrations).Schema(), out var errors)
                          ?? throw new InvalidOperationException(string.Join('\n', errors));
        var actual = model.GetObjects(DacQueryScopes.UserDefined, ModelSchema.Table)
            .SelectMany(t => t.GetReferenced(Table.Columns).Select(c => $"{t.Name.Parts[1]}.{c.Name.Parts[2]}"))
            .Concat(model.GetObjects(DacQueryScopes.UserDefined, ModelSchema.View).Select(v => v.Name.Parts[1]))
            .Select(n => n.ToLowerInvariant())
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    // "table.column" for every column of CREATE TABLE / ALTER TABLE ... ADD [COLUMN], and every view name, read with
    // regular expressions from the SQLite/PostgreSQL scripts (identifiers are lower case there, keywords upper case).
    private static List<string> DeclaredNames(IEnumerable<string> scripts)
    {
        var names = new List<string>();
        foreach (var sql in scripts.Select(s => Comment().Replace(s, "")))
        {
            foreach (Match table in CreateTable().Matches(sql))
            {
                names.AddRange(ColumnLine().Matches(table.Groups["body"].Value).Select(c => $"{table.Groups["table"].Value}.{c.Groups[1].Value}"));
            }

            names.AddRange(AddColumn().Matches(sql).Select(m => $"{m.Groups["table"].Value}.{m.Groups["column"].Value}"));
            names.AddRange(CreateView().Matches(sql).Select(m => m.Groups[1].Value));
        }

        // A view dropped and created again (a later migration redefines it) is one view.
        return names.Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"--[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"CREATE\s+TABLE\s+(?<table>\w+)\s*\((?<body>.*?)\)\s*;", RegexOptions.Singleline)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^\s*([a-z_][a-z0-9_]*)\s+[A-Za-z]", RegexOptions.Multiline)]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"ALTER\s+TABLE\s+(?<table>\w+)\s+ADD\s+(?:COLUMN\s+)?(?<column>[a-z_][a-z0-9_]*)\s")]
    private static partial Regex AddColumn();

    [GeneratedRegex(@"CREATE\s+VIEW\s+(\w+)")]
    private static partial Regex CreateView();
}
