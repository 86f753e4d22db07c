namespace DutchTechZone.PowerBI.Tests.Tmdl.Checks;

/// <summary>A lineage tag identifies one object: no two objects share one.</summary>
public sealed class LineageTagCheck : ITmdlCheck
{
    public IEnumerable<TmdlIssue> Check(TmdlFolder folder) =>
        folder.AllNodes
            .Where(n => n.Value("lineageTag") is not null)
            .GroupBy(n => n.Value("lineageTag")!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(n => new TmdlIssue(n.File, n.Line,
                $"lineageTag {g.Key} of {n.Keyword} {n.Name} is also used by {g.First().Keyword} {g.First().Name} ({g.First().Location})")));
}
