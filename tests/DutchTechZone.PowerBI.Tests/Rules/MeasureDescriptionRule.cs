using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Rules;

/// <summary>OBJECTS_WITH_NO_DESCRIPTION, for measures: each measure says what it computes (a /// line).</summary>
public sealed class MeasureDescriptionRule : IModelRule
{
    public string Id => "OBJECTS_WITH_NO_DESCRIPTION";

    public IEnumerable<string> Check(SemanticModel model) =>
        model.Tables.SelectMany(t => t.Measures
            .Where(m => string.IsNullOrWhiteSpace(m.Description) && !ModelRules.Ignores(m, Id))
            .Select(m => $"measure {t.Name}[{m.Name}] has no description"));
}
