namespace DutchTechZone.PowerBI.Tests.Tmdl.Checks;

/// <summary>Runs every structural TMDL check and returns all problems found.</summary>
public static class StructuralChecker
{
    public static readonly IReadOnlyList<ITmdlCheck> All =
    [
        new FileFormatCheck(), new SyntaxCheck(), new NameQuotingCheck(), new TableReferenceCheck(), new PartitionCheck(),
        new ReferenceCheck(), new LineageTagCheck(), new KnownPropertyCheck(),
    ];

    public static IReadOnlyList<TmdlIssue> Check(TmdlFolder folder) => All.SelectMany(c => c.Check(folder)).ToList();
}
