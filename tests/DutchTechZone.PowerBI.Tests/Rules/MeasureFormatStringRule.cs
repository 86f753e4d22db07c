using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Rules;

/// <summary>PROVIDE_FORMAT_STRING_FOR_MEASURES: every visible measure has a format string.</summary>
public sealed class MeasureFormatStringRule : IModelRule
{
    public string Id => "PROVIDE_FORMAT_STRING_FOR_MEASURES";

    public IEnumerable<string> Check(SemanticModel model) =>
        model.Tables.SelectMany(t => t.Measures
            .Where(m => !m.IsHidden && string.IsNullOrWhiteSpace(m.FormatString) && !ModelRules.Ignores(m, Id))
            .Select(m => $"measure {t.Name}[{m.Name}] has no formatString"));
}
