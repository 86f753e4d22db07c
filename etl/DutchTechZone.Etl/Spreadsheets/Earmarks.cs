namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Earmarked Network-plan money. New Begroting files mark it explicitly (column Geoormerkt); files without the
/// column follow the old rule (activity starts with Cofinanciering). A line that looks like co-financing but is not
/// marked is reported as a warning, so a typo cannot silently turn earmarked money into free money.
/// </summary>
internal static class Earmarks
{
    /// <summary>The rule of files without the Geoormerkt column: the activity starts with Cofinanciering / Co-financiering.</summary>
    public static bool FollowsOldRule(string activity)
    {
        var key = NameKey.Of(activity);
        return key.StartsWith("cofinanciering", StringComparison.Ordinal) || key.StartsWith("co financiering", StringComparison.Ordinal);
    }

    /// <summary>Looks like co-financing, typos included (Cofinancering, co-finaciering, medefinanciering).</summary>
    public static bool LooksLikeCoFinancing(string activity)
    {
        var key = NameKey.Of(activity).Replace(" ", "", StringComparison.Ordinal);
        return key.Contains("cofin", StringComparison.Ordinal) || key.Contains("financ", StringComparison.Ordinal)
            || key.Contains("finac", StringComparison.Ordinal);
    }
}
