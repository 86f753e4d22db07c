using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Rules;

/// <summary>The rules this project enforces on its model.</summary>
public static class ModelRules
{
    public static readonly IReadOnlyList<IModelRule> All =
    [
        new DateTableRule(), new MeasureFormatStringRule(), new MeasureDescriptionRule(), new HideForeignKeysRule(),
        new NoFloatingPointMoneyRule(), new NumericColumnsNotSummarizedRule(), new MonthNameSortedRule(),
    ];

    public static IReadOnlyList<string> Check(SemanticModel model) =>
        All.SelectMany(rule => rule.Check(model).Select(finding => $"{rule.Id}: {finding}")).ToList();

    public static bool Ignores(ModelMeasure measure, string ruleId) =>
        measure.Annotations.TryGetValue("BestPracticeAnalyzer_IgnoreRules", out var json) && json.Contains($"\"{ruleId}\"", StringComparison.Ordinal);
}
