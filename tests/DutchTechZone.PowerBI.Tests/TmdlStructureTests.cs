using System.Text;
using DutchTechZone.PowerBI.Tests.Fixtures;
using DutchTechZone.PowerBI.Tests.Tmdl;
using DutchTechZone.PowerBI.Tests.Tmdl.Checks;

namespace DutchTechZone.PowerBI.Tests;

/// <summary>The TMDL files of reports/powerbi pass the structural checks, and each check catches what it is for.</summary>
public sealed class TmdlStructureTests
{
    [Fact]
    public void The_semantic_model_passes_every_structural_check()
    {
        var issues = StructuralChecker.Check(ProjectFiles.Tmdl);

        Assert.True(issues.Count == 0, string.Join('\n', issues));
    }

    [Fact]
    public void The_model_folder_has_the_files_Desktop_writes()
    {
        var files = ProjectFiles.Tmdl.Bytes.Keys.ToList();

        foreach (var required in new[] { "database.tmdl", "model.tmdl", "expressions.tmdl", "relationships.tmdl", "cultures/nl-NL.tmdl" })
        {
            Assert.Contains(required, files);
        }

        Assert.True(ProjectFiles.Tmdl.TableDocuments.Count() >= 18, "one file per table under tables/");
    }

    [Fact]
    public void Server_and_Database_are_required_text_parameters_and_every_partition_uses_them()
    {
        var expressions = ProjectFiles.Tmdl.Document("expressions.tmdl")!.Roots.Where(r => r.Keyword == "expression").ToList();

        foreach (var name in new[] { "Server", "Database" })
        {
            var parameter = Assert.Single(expressions, e => e.Name == name);
            Assert.Contains("IsParameterQuery = true", parameter.DefaultValue, StringComparison.Ordinal);
            Assert.Contains("IsParameterQueryRequired = true", parameter.DefaultValue, StringComparison.Ordinal);
        }

        Assert.All(ProjectFiles.Model.Tables, t => Assert.Contains("Sql.Database(Server, Database)", Assert.Single(t.Partitions).Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Indentation_with_spaces_is_caught()
    {
        var folder = ProjectFiles.WithChange("tables/Thema.tmdl", t => t.Swap("\t\tdataType: string", "        dataType: string", 1));

        Assert.Contains(StructuralChecker.Check(folder), i => i.File == "tables/Thema.tmdl" && i.Message.Contains("spaces", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unquoted_name_with_a_space_is_caught()
    {
        var folder = ProjectFiles.WithChange("tables/Bron.tmdl", t => t.Swap("column 'CBS gewijzigd'", "column CBS gewijzigd", 1));

        Assert.Contains(StructuralChecker.Check(folder), i => i.Message.Contains("single quotes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_missing_from_model_tmdl_is_caught()
    {
        var folder = ProjectFiles.WithChange("model.tmdl", t => t.Swap("ref table Thema\r\n", "", 1));

        Assert.Contains(StructuralChecker.Check(folder), i => i.File == "model.tmdl" && i.Message.Contains("Thema", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_partition_is_caught()
    {
        var folder = ProjectFiles.WithChange("tables/Thema.tmdl", t => t.Swap("\tannotation PBI_ResultType = Table",
            "\tpartition Extra = m\r\n\t\tmode: import\r\n\t\tsource =\r\n\t\t\t\tlet x = 1 in x\r\n\r\n\tannotation PBI_ResultType = Table", 1));

        Assert.Contains(StructuralChecker.Check(folder), i => i.Message.Contains("2 partitions", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relationship_to_a_missing_column_is_caught()
    {
        var folder = ProjectFiles.WithChange("relationships.tmdl", t => t.Swap("toColumn: Thema.theme_key", "toColumn: Thema.theme_nr", 2));

        Assert.Contains(StructuralChecker.Check(folder), i => i.Message.Contains("toColumn Thema.theme_nr does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Relationship_ends_of_different_data_types_are_caught()
    {
        var folder = ProjectFiles.WithChange("tables/Thema.tmdl", t => t.Swap("column theme_key\r\n\t\tdataType: int64", "column theme_key\r\n\t\tdataType: string", 1));

        Assert.Contains(StructuralChecker.Check(folder), i => i.Message.Contains("Thema.theme_key is string", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sortByColumn_that_does_not_exist_is_caught()
    {
        var folder = ProjectFiles.WithChange("tables/Datum.tmdl", t => t.Swap("sortByColumn: Maandnummer", "sortByColumn: Maandnr", 1));

        Assert.Contains(StructuralChecker.Check(folder), i => i.Message.Contains("sortByColumn Maandnr", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duplicate_lineage_tag_is_caught()
    {
        var datum = Encoding.UTF8.GetString(ProjectFiles.Tmdl.Bytes["tables/Datum.tmdl"]);
        var firstTag = datum.Split("lineageTag: ")[1][..36];
        var folder = ProjectFiles.WithChange("tables/Thema.tmdl", t =>
        {
            var themaTag = t.Split("lineageTag: ")[1][..36];
            return t.Swap(themaTag, firstTag, 1);
        });

        Assert.Contains(StructuralChecker.Check(folder), i => i.Message.Contains(firstTag, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_property_and_an_invalid_enum_value_are_caught()
    {
        var folder = ProjectFiles.WithChange("tables/Thema.tmdl", t => t
            .Swap("\t\tsummarizeBy: none\r\n\t\tsourceColumn: name", "\t\tsummarizeBy: nothing\r\n\t\tsourceColumn: name", 1)
            .Swap("\t\tdataType: string", "\t\tdataType: string\r\n\t\tisVisible", 1));

        var issues = StructuralChecker.Check(folder);

        Assert.Contains(issues, i => i.Message.Contains("unknown property 'isVisible'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Message.Contains("summarizeBy 'nothing'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_byte_order_mark_and_LF_line_ends_are_caught()
    {
        var text = Encoding.UTF8.GetString(ProjectFiles.Tmdl.Bytes["tables/Thema.tmdl"]).Replace("\r\n", "\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var issues = FileFormatCheck.Check("tables/Thema.tmdl", bytes).ToList();

        Assert.Contains(issues, i => i.Message.Contains("byte-order mark", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Message.Contains("LF only", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reader_sees_measures_with_their_description_format_and_multi_line_DAX()
    {
        var measure = ProjectFiles.Model.Table("Middelen")!.Measure("Beschikbare middelen")!;

        Assert.Equal("\"€\" #,##0", measure.FormatString);
        Assert.StartsWith("Bijdrage gemeenten plus", measure.Description, StringComparison.Ordinal);
        Assert.Contains("\n    + CALCULATE (", measure.Expression, StringComparison.Ordinal);
        Assert.Equal("rpt_funding", ProjectFiles.Model.Table("Middelen")!.SourceView);
    }

    [Fact]
    public void Quoting_follows_the_TMDL_rules()
    {
        Assert.Null(TmdlName.QuotingProblem("Jaar"));
        Assert.Null(TmdlName.QuotingProblem("'Regionale cijfers'"));
        Assert.Null(TmdlName.QuotingProblem("'Bijdrage ''s jaars'"));
        Assert.NotNull(TmdlName.QuotingProblem("Regionale cijfers"));
        Assert.NotNull(TmdlName.QuotingProblem("'a'b'"));
        Assert.Equal(["'Regionale cijfers'", "region_key"], TmdlName.SplitQualified("'Regionale cijfers'.region_key"));
    }
}
