namespace DutchTechZone.Etl.Intake;

/// <summary>
/// The drop folder: <c>incoming/</c> where the programme office drops files, <c>processing/</c> for a claimed file,
/// <c>archive/</c> for loaded (and duplicate) files, <c>rejected/</c> for refused files with their error reports.
/// Files are moved, never deleted.
/// </summary>
public sealed class DropFolder
{
    public DropFolder(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string Incoming => Path.Combine(Root, "incoming");

    public string Processing => Path.Combine(Root, "processing");

    public string Archive => Path.Combine(Root, "archive");

    public string Rejected => Path.Combine(Root, "rejected");

    /// <summary>Creates the four folders.</summary>
    public void EnsureCreated()
    {
        foreach (var folder in new[] { Incoming, Processing, Archive, Rejected })
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>
    /// Takes the intake lock (an exclusive lock file in the drop folder) so that two intakes never work on the same
    /// folder at once; null when another process holds it. Dispose to release.
    /// </summary>
    public IDisposable? TryLock()
    {
        Directory.CreateDirectory(Root);
        try
        {
            return new FileStream(Path.Combine(Root, ".intake.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Moves files left in <c>processing/</c> by an interrupted run back to <c>incoming/</c>, so they are processed again.</summary>
    public IReadOnlyList<string> RecoverInterrupted()
    {
        var recovered = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Processing))
        {
            recovered.Add(MoveUnique(file, Incoming, OriginalName(file)));
        }

        return recovered;
    }

    /// <summary>Claims a file by an atomic move into <c>processing/</c>; null when another process took it first.</summary>
    public string? Claim(string incomingFile)
    {
        var target = Path.Combine(Processing, ClaimPrefix() + Path.GetFileName(incomingFile));
        try
        {
            File.Move(incomingFile, target, overwrite: false);
            return target;
        }
        catch (Exception e) when (e is FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Moves a claimed file to <c>archive/</c> under its original name (made unique).</summary>
    public string ToArchive(string claimed) => MoveUnique(claimed, Archive, OriginalName(claimed));

    /// <summary>
    /// Moves a claimed file to <c>rejected/</c> under its original name, made unique so that neither the file nor the
    /// error reports written beside it (<c>.fouten.txt</c>, <c>.fouten.html</c>) can overwrite anything there.
    /// </summary>
    public string ToRejected(string claimed) => MoveUnique(claimed, Rejected, OriginalName(claimed), ".fouten.txt", ".fouten.html");

    /// <summary>Puts a claimed file back in <c>incoming/</c> (the pipeline failed, not the file).</summary>
    public string BackToIncoming(string claimed) => MoveUnique(claimed, Incoming, OriginalName(claimed));

    /// <summary>The name the file was delivered under (without the claim prefix).</summary>
    public static string OriginalName(string claimed)
    {
        var name = Path.GetFileName(claimed);
        var at = name.IndexOf("__", StringComparison.Ordinal);
        return name.StartsWith("claim-", StringComparison.Ordinal) && at > 0 ? name[(at + 2)..] : name;
    }

    private static string ClaimPrefix() => "claim-" + Guid.NewGuid().ToString("N")[..12] + "__";

    private static string MoveUnique(string file, string folder, string name, params string[] companions)
    {
        var target = Path.Combine(folder, name);
        for (var n = 2; File.Exists(target) || companions.Any(c => File.Exists(target + c)); n++)
        {
            target = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}");
        }

        File.Move(file, target, overwrite: false);
        return target;
    }
}
