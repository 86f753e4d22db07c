namespace DutchTechZone.PowerBI.Tests.Tmdl.Checks;

/// <summary>One structural rule over a semantic model's TMDL folder.</summary>
public interface ITmdlCheck
{
    IEnumerable<TmdlIssue> Check(TmdlFolder folder);
}
