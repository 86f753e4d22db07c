namespace DutchTechZone.PowerBI.Tests.Contract;

/// <summary>
/// Compares a database's rpt_ view columns with the approved file <c>Approved/rpt_views.&lt;database&gt;.approved.txt</c>.
/// On a difference it writes <c>.received.txt</c> beside it and returns the +/- lines; after review, copy the received
/// file over the approved one, so that a contract change is a reviewed diff.
/// </summary>
public static class ContractApproval
{
    /// <summary>Null when the views match the approved file, else the failure message.</summary>
    public static string? Verify(string database, IEnumerable<ViewColumn> columns)
    {
        var received = Render(columns);
        var approvedPath = Path.Combine(PowerBiProject.ApprovedFolder, $"rpt_views.{database}.approved.txt");
        var receivedPath = Path.Combine(PowerBiProject.ApprovedFolder, $"rpt_views.{database}.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved == received)
        {
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, received);
        return $"The rpt_ views of {database} differ from {approvedPath}:\n{Diff(approved, received)}\n"
               + $"Review {receivedPath} and copy it over the approved file if the change is intended.";
    }

    // One self-contained line per column ("view.column type"), in view order, so that a diff line says what changed.
    public static string Render(IEnumerable<ViewColumn> columns) =>
        string.Concat(columns.OrderBy(c => c.View, StringComparer.Ordinal).ThenBy(c => c.Position)
            .Select(c => $"{c.View}.{c.Column} {(c.Type.Length == 0 ? "(expression)" : c.Type)}\n"));

    private static string Diff(string approved, string received)
    {
        var before = approved.Split('\n').ToHashSet(StringComparer.Ordinal);
        var after = received.Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Join('\n', before.Except(after).Select(l => "- " + l).Concat(after.Except(before).Select(l => "+ " + l)));
    }
}
