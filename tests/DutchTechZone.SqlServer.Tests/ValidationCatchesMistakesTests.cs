using DutchTechZone.SqlServer.Tests.Validation;

namespace DutchTechZone.SqlServer.Tests;

/// <summary>Proofs that the offline validation finds mistakes, and that the replayer follows ALTERs and DROPs.</summary>
public sealed class ValidationCatchesMistakesTests
{
    private static IReadOnlyList<string> ErrorsOf(IEnumerable<ModelScript> scripts) =>
        DacFxModel.Validate(scripts).Where(m => m.IsError).Select(m => m.Text).ToList();

    private static SchemaReplayer MigratedPlus(string name, string sql)
    {
        var replayer = SchemaReplayer.Replay(Sources.Migrations);
        replayer.Apply(name, sql);
        return replayer;
    }

    [Fact]
    public void A_script_with_a_syntax_error_is_reported_with_its_line()
    {
        const string broken = "CREATE TABLE dim_broken (\n    id int NOT NULL,\n    name nvarchar(10) NOT NULL\n\nSELEC 1;\n";

        var errors = TSqlSyntax.Errors(broken);

        Assert.NotEmpty(errors);
        Assert.StartsWith("line 5,", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_GO_inside_a_statement_is_a_syntax_error()
    {
        var errors = TSqlSyntax.Errors("CREATE VIEW rpt_x AS\nGO\nSELECT 1 AS one;");

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void A_view_naming_a_missing_column_gives_an_unresolved_reference_error()
    {
        var replayer = MigratedPlus("9999_bad_view.sql",
            "CREATE VIEW rpt_bad AS SELECT r.cbs_code, r.no_such_column FROM dim_region r;");

        var errors = ErrorsOf(replayer.Schema());

        Assert.Contains(errors, e => e.Contains("SQL71501", StringComparison.Ordinal) && e.Contains("rpt_bad", StringComparison.Ordinal));
    }

    [Fact]
    public void A_merge_setting_a_missing_column_gives_an_error_inside_its_wrapper()
    {
        var schema = SchemaReplayer.Replay(Sources.Migrations).Schema();
        var wrapper = StatementWrapper.Wrap("bad.merge", [
            """
            MERGE dim_measure WITH (HOLDLOCK) AS t
            USING (VALUES (@TableId, @TopicKey)) AS s (table_id, topic_key)
               ON t.table_id = s.table_id AND t.topic_key = s.topic_key
            WHEN MATCHED THEN UPDATE SET no_such_column = s.topic_key;
            """,
        ]);

        var errors = ErrorsOf(schema.Append(wrapper));

        Assert.Contains(errors, e => e.Contains("no_such_column", StringComparison.OrdinalIgnoreCase) || e.Contains("SQL71501", StringComparison.Ordinal));
    }

    [Fact]
    public void A_merge_reading_a_missing_staging_column_gives_an_error()
    {
        var statements = new Dictionary<string, string>(Sources.Statements)
        {
            ["bad.merge"] = """
                MERGE fact_population AS t
                USING (SELECT r.region_key, s.date_key, s.no_such_column FROM #stg_population s
                       JOIN dim_region r ON r.cbs_code = s.cbs_code) AS s
                   ON t.region_key = s.region_key AND t.date_key = s.date_key
                WHEN MATCHED THEN UPDATE SET loaded_at = @LoadedAt;
                """,
        };

        var scripts = StatementWrapper.Wrap("bad.merge", statements);
        var errors = ErrorsOf(SchemaReplayer.Replay(Sources.Migrations).Schema().Concat(scripts));

        Assert.Contains(errors, e => e.Contains("no_such_column", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_statement_with_a_syntax_error_is_reported_by_the_model_instead_of_throwing()
    {
        var schema = SchemaReplayer.Replay(Sources.Migrations).Schema();
        var wrapper = StatementWrapper.Wrap("bad.syntax", ["SELECT 1;"]) with
        {
            Sql = "CREATE PROCEDURE dbo.check_bad AS BEGIN SELEC 1; END",
        };

        var errors = ErrorsOf(schema.Append(wrapper));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void A_column_added_by_ALTER_TABLE_is_part_of_the_replayed_table()
    {
        var replayer = MigratedPlus("9999_add_column.sql", """
            ALTER TABLE dim_region ADD population_note nvarchar(100) NULL;
            GO
            CREATE VIEW rpt_note AS SELECT r.cbs_code, r.population_note FROM dim_region r;
            """);

        Assert.Empty(replayer.Unsupported);
        Assert.Empty(ErrorsOf(replayer.Schema()));
    }

    [Fact]
    public void A_dropped_column_is_gone_from_the_replayed_table()
    {
        var replayer = MigratedPlus("9999_drop_column.sql", """
            ALTER TABLE dim_region DROP COLUMN valid_to;
            GO
            CREATE VIEW rpt_valid_to AS SELECT r.valid_to FROM dim_region r;
            """);

        Assert.Contains(ErrorsOf(replayer.Schema()), e => e.Contains("SQL71501", StringComparison.Ordinal));
    }

    [Fact]
    public void The_last_definition_of_a_view_wins_and_a_dropped_view_is_gone()
    {
        var redefined = MigratedPlus("9999_alter_view.sql",
            "ALTER VIEW rpt_population AS SELECT r.cbs_code FROM dim_region r;");
        var dropped = MigratedPlus("9999_drop_view.sql", "DROP VIEW rpt_contribution;");

        Assert.Contains(redefined.Schema(), s => s.Source == "dbo.rpt_population" && !s.Sql.Contains("fact_population", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(dropped.Schema(), s => s.Source == "dbo.rpt_contribution");
        Assert.Empty(ErrorsOf(redefined.Schema()));
    }

    [Fact]
    public void An_altered_procedure_replaces_its_earlier_definition()
    {
        var replayer = MigratedPlus("9999_procedure.sql", """
            CREATE PROCEDURE dbo.refresh_x AS BEGIN SELECT r.cbs_code FROM dim_region r; END
            GO
            ALTER PROCEDURE dbo.refresh_x AS BEGIN SELECT r.no_such_column FROM dim_region r; END
            """);

        var errors = ErrorsOf(replayer.Schema());

        Assert.Contains(errors, e => e.Contains("refresh_x", StringComparison.Ordinal) && e.Contains("no_such_column", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_the_replayer_cannot_represent_is_listed_as_unsupported()
    {
        var replayer = MigratedPlus("9999_rename.sql", "EXEC sp_rename 'dim_region.name', 'region_name', 'COLUMN';");

        Assert.Contains(replayer.Unsupported, u => u.Contains("9999_rename.sql", StringComparison.Ordinal));
    }

    [Fact]
    public void Parameters_are_declared_with_types_inferred_from_their_names()
    {
        var wrapper = StatementWrapper.Wrap("x", ["SELECT 1 FROM dim_region WHERE cbs_code IN @Codes AND @LoadedAt > @From AND @SourceKey = 1;"]);

        Assert.Contains("@Codes nvarchar(4000)", wrapper.Sql, StringComparison.Ordinal);
        Assert.Contains("@LoadedAt datetimeoffset(7)", wrapper.Sql, StringComparison.Ordinal);
        Assert.Contains("@From date", wrapper.Sql, StringComparison.Ordinal);
        Assert.Contains("@SourceKey bigint", wrapper.Sql, StringComparison.Ordinal);
        Assert.Contains("IN (@Codes)", wrapper.Sql, StringComparison.Ordinal);
    }
}
