using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Rules;

/// <summary>MONTH_(AS_A_STRING)_MUST_BE_SORTED: text month (and quarter) names sort by their number column.</summary>
public sealed class MonthNameSortedRule : IModelRule
{
    private static readonly string[] NamedPeriods = ["month_name", "quarter_name"];

    public string Id => "MONTH_(AS_A_STRING)_MUST_BE_SORTED";

    public IEnumerable<string> Check(SemanticModel model) =>
        model.Tables.SelectMany(t => t.Columns
            .Where(c => (NamedPeriods.Contains(c.SourceColumn) || c.Name.Contains("maand", StringComparison.OrdinalIgnoreCase) && c.DataType == "string" && c.Name != "Jaar-maand")
                        && (c.SortByColumn is null || t.Column(c.SortByColumn) is not { DataType: "int64" }))
            .Select(c => $"{t.Name}[{c.Name}] is a period name not sorted by an int64 number column"));
}
