namespace DutchTechZone.PowerBI.Tests.Tmdl.Checks;

/// <summary>Every declared name and every name in a reference (<c>fromColumn</c>, <c>sortByColumn</c>, level <c>column</c>) follows TMDL's quoting rule.</summary>
public sealed class NameQuotingCheck : ITmdlCheck
{
    private static readonly string[] QualifiedReferences = ["fromColumn", "toColumn"];
    private static readonly string[] SimpleReferences = ["sortByColumn", "column"];

    public IEnumerable<TmdlIssue> Check(TmdlFolder folder)
    {
        foreach (var node in folder.AllNodes)
        {
            if (node.RawName.Length > 0 && TmdlName.QuotingProblem(node.RawName) is { } problem)
            {
                yield return new(node.File, node.Line, $"{node.Keyword}: {problem}");
            }

            foreach (var property in node.Properties)
            {
                var parts = QualifiedReferences.Contains(property.Name, StringComparer.OrdinalIgnoreCase)
                    ? TmdlName.RawParts(property.Value)
                    : SimpleReferences.Contains(property.Name, StringComparer.OrdinalIgnoreCase) ? [property.Value] : [];
                foreach (var part in parts)
                {
                    if (TmdlName.QuotingProblem(part) is { } referenceProblem)
                    {
                        yield return new(node.File, property.Line, $"{property.Name}: {referenceProblem}");
                    }
                }
            }
        }
    }
}
