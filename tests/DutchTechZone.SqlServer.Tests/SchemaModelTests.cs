using DutchTechZone.SqlServer.Tests.Validation;
using Xunit.Abstractions;

namespace DutchTechZone.SqlServer.Tests;

/// <summary>The schema the migrations leave behind is a valid SQL Server 2022 database (DacFx model).</summary>
public sealed class SchemaModelTests(ITestOutputHelper output)
{
    [Fact]
    public void The_schema_replayer_understands_every_statement_of_the_migrations()
    {
        var replayer = SchemaReplayer.Replay(Sources.Migrations);

        Assert.True(replayer.Unsupported.Count == 0,
            "Not representable in a declarative model (teach SchemaReplayer):\n" + string.Join('\n', replayer.Unsupported));
    }

    [Fact]
    public void The_fully_migrated_schema_validates_as_a_SQL_Server_2022_model_without_errors()
    {
        var schema = SchemaReplayer.Replay(Sources.Migrations).Schema();

        var messages = DacFxModel.Validate(schema);

        foreach (var message in messages)
        {
            output.WriteLine(message.Text);
        }

        Assert.NotEmpty(schema);
        var errors = messages.Where(m => m.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }
}
