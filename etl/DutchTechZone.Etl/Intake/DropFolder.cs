using System.Text;
using DutchTechZone.Etl.Hygiene;

namespace DutchTechZone.Etl.Intake;

/// <summary>
/// The drop folder: <c>incoming/</c> where the programme office drops files, <c>processing/</c> for a claimed file,
/// <c>archive/</c> for loaded (and duplicate) files, <c>rejected/</c> for refused files with their error reports.
/// Files are moved, never deleted. A claimed file keeps its name: it is moved into its own claim folder
/// <c>processing/claim-&lt;id&gt;/</c>, so a name up to the file system's limit can be claimed.
/// </summary>
public sealed class DropFolder
{
    /// <summary>The longest file name (in UTF-8 bytes) the usual file systems (ext4, xfs, btrfs, NTFS in chars) allow.</summary>
    public const int MaxNameBytes = 255;

    private const string ClaimFolderPrefix = "claim-";

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

        foreach (var claim in Directory.EnumerateDirectories(Processing, ClaimFolderPrefix + "*"))
        {
            foreach (var file in Directory.EnumerateFiles(claim))
            {
                recovered.Add(MoveUnique(file, Incoming, Path.GetFileName(file)));
            }

            RemoveEmptyClaimFolder(claim);
        }

        return recovered;
    }

    /// <summary>Claims a file by an atomic move into its own folder in <c>processing/</c>; null when another process took it first.</summary>
    /// <exception cref="IOException">The file is still in <c>incoming/</c> but cannot be moved (its name cannot be handled).</exception>
    public string? Claim(string incomingFile)
    {
        var claimFolder = NewClaimFolder();
        var target = Path.Combine(claimFolder, Path.GetFileName(incomingFile));
        try
        {
            File.Move(incomingFile, target, overwrite: false);
            return target;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            RemoveEmptyClaimFolder(claimFolder);
            if (Path.Exists(incomingFile) || FileKinds.Of(incomingFile) != FileKind.Missing)
            {
                throw new IOException($"Het bestand kan niet worden overgenomen uit incoming ({e.GetType().Name}: {SafeText.Message(e.Message)})", e);
            }

            return null;   // another process took it first
        }
    }

    /// <summary>The path in <c>processing/</c> under which a copy of a given file is processed (a fresh claim folder).</summary>
    public string ClaimPathFor(string deliveredName) => Path.Combine(NewClaimFolder(), Path.GetFileName(deliveredName));

    /// <summary>Moves a claimed file to <c>archive/</c> under its original name (made unique).</summary>
    public string ToArchive(string claimed) => Release(claimed, MoveUnique(claimed, Archive, OriginalName(claimed)));

    /// <summary>
    /// Moves a claimed file to <c>rejected/</c> under its original name, made unique so that neither the file nor the
    /// error reports written beside it (<c>.fouten.txt</c>, <c>.fouten.html</c>) can overwrite anything there.
    /// </summary>
    public string ToRejected(string claimed) => Release(claimed, MoveUnique(claimed, Rejected, OriginalName(claimed), RejectionReport.TextSuffix, RejectionReport.HtmlSuffix));

    /// <summary>Puts a claimed file back in <c>incoming/</c> (the pipeline failed, not the file).</summary>
    public string BackToIncoming(string claimed) => Release(claimed, MoveUnique(claimed, Incoming, OriginalName(claimed)));

    /// <summary>The name the file was delivered under (without the claim folder or the older claim prefix).</summary>
    public static string OriginalName(string claimed)
    {
        var name = Path.GetFileName(claimed);
        var at = name.IndexOf("__", StringComparison.Ordinal);
        var inClaimFolder = Path.GetFileName(Path.GetDirectoryName(claimed))?.StartsWith(ClaimFolderPrefix, StringComparison.Ordinal) == true;
        return !inClaimFolder && name.StartsWith(ClaimFolderPrefix, StringComparison.Ordinal) && at > 0 ? name[(at + 2)..] : name;
    }

    /// <summary>
    /// A name for <paramref name="name"/> in <paramref name="folder"/> that is free (no file, folder or companion
    /// <c>name + suffix</c> there) and fits the file system (the stem is shortened when the name, a " (n)" or a
    /// companion suffix would make it longer than <see cref="MaxNameBytes"/>).
    /// </summary>
    public static string FreeName(string folder, string name, params string[] companions)
    {
        ArgumentNullException.ThrowIfNull(companions);
        var longestSuffix = companions.Length == 0 ? 0 : companions.Max(c => Encoding.UTF8.GetByteCount(c));
        var extension = Path.GetExtension(name);
        if (Encoding.UTF8.GetByteCount(extension) > 16)
        {
            extension = "";
        }

        var stem = extension.Length == 0 ? name : name[..^extension.Length];
        string Candidate(string tag) =>
            SafeText.FitBytes(stem, MaxNameBytes - longestSuffix - Encoding.UTF8.GetByteCount(tag + extension)) + tag + extension;

        var target = Candidate("");
        for (var n = 2; Taken(folder, target, companions); n++)
        {
            target = Candidate($" ({n})");
        }

        return target;
    }

    private static bool Taken(string folder, string name, string[] companions)
    {
        var path = Path.Combine(folder, name);
        return Path.Exists(path) || FileKinds.Of(path) != FileKind.Missing || companions.Any(c => Path.Exists(path + c));
    }

    private string NewClaimFolder()
    {
        var folder = Path.Combine(Processing, ClaimFolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string Release(string claimed, string moved)
    {
        if (Path.GetDirectoryName(claimed) is { } folder && Path.GetFileName(folder).StartsWith(ClaimFolderPrefix, StringComparison.Ordinal))
        {
            RemoveEmptyClaimFolder(folder);
        }

        return moved;
    }

    private static void RemoveEmptyClaimFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (IOException)
        {
            // Not empty after all, or gone: the next recovery looks again.
        }
    }

    private static string MoveUnique(string file, string folder, string name, params string[] companions)
    {
        var target = Path.Combine(folder, FreeName(folder, name, companions));
        File.Move(file, target, overwrite: false);
        return target;
    }
}
