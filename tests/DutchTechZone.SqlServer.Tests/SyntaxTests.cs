using DutchTechZone.SqlServer.Tests.Validation;

namespace DutchTechZone.SqlServer.Tests;

/// <summary>Every piece of SQL Server text parses as SQL Server 2022 T-SQL (ScriptDom TSql160Parser).</summary>
public sealed class SyntaxTests
{
    [Theory]
    [MemberData(nameof(Sources.MigrationNames), MemberType = typeof(Sources))]
    public void Every_SQL_Server_migration_script_parses_without_errors(string script)
    {
        var errors = TSqlSyntax.Errors(Sources.Migration(script));

        Assert.True(errors.Count == 0, $"{script}:\n{string.Join('\n', errors)}");
    }

    [Theory]
    [MemberData(nameof(Sources.StatementNames), MemberType = typeof(Sources))]
    public void Every_statement_the_code_sends_to_SQL_Server_parses_without_errors(string statement)
    {
        // Dapper expands "IN @Codes" into "IN (@Codes1, @Codes2, ...)" before sending; parse that shape.
        var errors = TSqlSyntax.Errors(TSqlSyntax.ExpandDapperLists(Sources.Statements[statement]));

        Assert.True(errors.Count == 0, $"{statement}:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void There_are_SQL_Server_migration_scripts_and_statements_to_check()
    {
        Assert.NotEmpty(Sources.Migrations);
        Assert.NotEmpty(Sources.Statements);
    }
}
