namespace DutchTechZone.PowerBI.Tests.Tmdl;

/// <summary>One problem found in the TMDL or PBIR files, located by file and line (0 when the whole file).</summary>
public sealed record TmdlIssue(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
