using DutchTechZone.PowerBI.Tests.Fixtures;
using DutchTechZone.PowerBI.Tests.Model;
using DutchTechZone.PowerBI.Tests.Rules;

namespace DutchTechZone.PowerBI.Tests;

/// <summary>The model follows the chosen best-practice rules, and each rule fires on a model that breaks it.</summary>
public sealed class BestPracticeTests
{
    [Fact]
    public void The_model_follows_every_rule()
    {
        var findings = ModelRules.Check(ProjectFiles.Model);

        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public void Money_is_fixed_decimal_and_formatted_in_euros()
    {
        var bedrag = ProjectFiles.Model.Table("Bijdragen")!.Column("Bedrag")!;

        Assert.Equal("decimal", bedrag.DataType);
        Assert.Equal("\"€\" #,##0", ProjectFiles.Model.Table("Bijdragen")!.Measure("Bijdrage gemeenten")!.FormatString);
        Assert.Equal("\"€\" #,##0.00", ProjectFiles.Model.Table("Bijdragen")!.Measure("Verrekening")!.FormatString);
    }

    [Theory]
    [InlineData("tables/Datum.tmdl", "\tdataCategory: Time\r\n", "", "MODEL_SHOULD_HAVE_A_DATE_TABLE")]
    [InlineData("tables/Uitgaven.tmdl", "\t\tformatString: \"€\" #,##0\r\n\t\tdisplayFolder: Uitgaven\r\n", "\t\tdisplayFolder: Uitgaven\r\n", "PROVIDE_FORMAT_STRING_FOR_MEASURES")]
    [InlineData("tables/Uitgaven.tmdl", "\t/// Betaalde bedragen\r\n", "", "OBJECTS_WITH_NO_DESCRIPTION")]
    [InlineData("tables/Uitgaven.tmdl", "column partner_key\r\n\t\tdataType: int64\r\n\t\tisHidden\r\n", "column partner_key\r\n\t\tdataType: int64\r\n", "HIDE_FOREIGN_KEYS")]
    [InlineData("tables/Uitgaven.tmdl", "column Bedrag\r\n\t\tdataType: decimal", "column Bedrag\r\n\t\tdataType: double", "AVOID_FLOATING_POINT_DATA_TYPES")]
    [InlineData("tables/Thema.tmdl", "summarizeBy: none\r\n\t\tsourceColumn: theme_number", "summarizeBy: sum\r\n\t\tsourceColumn: theme_number", "NUMERIC_COLUMN_SUMMARIZE_BY")]
    [InlineData("tables/Datum.tmdl", "\t\tsortByColumn: Maandnummer\r\n", "", "MONTH_(AS_A_STRING)_MUST_BE_SORTED")]
    public void Each_rule_catches_a_model_that_breaks_it(string file, string before, string after, string rule)
    {
        var model = SemanticModel.From(ProjectFiles.WithChange(file, t => t.Swap(before, after, 1)));

        Assert.Contains(ModelRules.Check(model), f => f.StartsWith(rule + ":", StringComparison.Ordinal));
    }
}
