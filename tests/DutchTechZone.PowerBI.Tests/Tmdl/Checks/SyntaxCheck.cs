namespace DutchTechZone.PowerBI.Tests.Tmdl.Checks;

/// <summary>What the reader could not place: space indentation, skipped levels, stray text, blank line after <c>///</c>.</summary>
public sealed class SyntaxCheck : ITmdlCheck
{
    public IEnumerable<TmdlIssue> Check(TmdlFolder folder) => folder.Documents.SelectMany(d => d.Issues);
}
