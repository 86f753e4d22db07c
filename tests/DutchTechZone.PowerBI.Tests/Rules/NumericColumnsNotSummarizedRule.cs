using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Rules;

/// <summary>NUMERIC_COLUMN_SUMMARIZE_BY: numeric columns are not summarised by default (summarizeBy: none); explicit measures do the sums.</summary>
public sealed class NumericColumnsNotSummarizedRule : IModelRule
{
    private static readonly string[] Numeric = ["int64", "decimal", "double"];

    public string Id => "NUMERIC_COLUMN_SUMMARIZE_BY";

    public IEnumerable<string> Check(SemanticModel model) =>
        model.Tables.SelectMany(t => t.Columns
            .Where(c => Numeric.Contains(c.DataType, StringComparer.OrdinalIgnoreCase) && !string.Equals(c.SummarizeBy, "none", StringComparison.OrdinalIgnoreCase))
            .Select(c => $"numeric column {t.Name}[{c.Name}] has summarizeBy {c.SummarizeBy ?? "(default)"}; use none"));
}
