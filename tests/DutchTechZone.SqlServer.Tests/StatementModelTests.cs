using DutchTechZone.SqlServer.Tests.Validation;
using Xunit.Abstractions;

namespace DutchTechZone.SqlServer.Tests;

/// <summary>
/// Every statement the code sends is checked against the migrated schema: wrapped in a procedure (the only place
/// DacFx validates DML) with its parameters declared, it must name only tables and columns that exist.
/// </summary>
public sealed class StatementModelTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<ModelScript>> Schema =
        new(() => SchemaReplayer.Replay(Sources.Migrations).Schema());

    [Theory]
    [MemberData(nameof(Sources.StatementNames), MemberType = typeof(Sources))]
    public void Every_statement_the_code_sends_validates_against_the_migrated_schema(string statement)
    {
        var scripts = StatementWrapper.Wrap(statement, Sources.Statements);
        foreach (var script in scripts)
        {
            output.WriteLine(script.Sql);
        }

        var messages = DacFxModel.Validate(Schema.Value.Concat(scripts));

        // Errors, and warnings such as SQL71502 (unresolved reference), of this statement's procedure; errors of the
        // schema itself belong to SchemaModelTests, unless they stopped the model from being built at all.
        var problems = messages.Where(m => m.Blocking || (m.IsError || m.Text.Contains("SQL7150", StringComparison.Ordinal))
                                                        && m.Concerns($"check_{statement}")).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
