using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Rules;

/// <summary>
/// A best-practice rule over the model, named after the rule of Microsoft's Best Practice Analyzer set it ports
/// (microsoft/Analysis-Services, BestPracticeRules/BPARules.json). An object opts out of a rule the way BPA
/// does: an annotation <c>BestPracticeAnalyzer_IgnoreRules</c> whose JSON <c>RuleIDs</c> lists the rule's id.
/// </summary>
public interface IModelRule
{
    string Id { get; }

    IEnumerable<string> Check(SemanticModel model);
}
