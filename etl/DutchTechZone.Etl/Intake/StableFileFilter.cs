namespace DutchTechZone.Etl.Intake;

/// <summary>
/// Decides which files in <c>incoming/</c> are ready: not an Excel lock file (<c>~$…</c>), not a temporary or
/// hidden file, not empty-and-fresh, and unchanged (size and time stamp) for <see cref="StableAfter"/>.
/// </summary>
public sealed class StableFileFilter(TimeProvider time, TimeSpan stableAfter)
{
    /// <summary>How long a file must be untouched before it is taken. The default in configuration is 2 seconds.</summary>
    public TimeSpan StableAfter { get; } = stableAfter;

    /// <summary>True for files the intake never touches.</summary>
    public static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("~$", StringComparison.Ordinal)
            || name.StartsWith('.')
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the file is not temporary and has not been written to for <see cref="StableAfter"/>.</summary>
    public bool IsReady(string path)
    {
        if (IsTemporary(path))
        {
            return false;
        }

        var info = new FileInfo(path);
        return info.Exists && time.GetUtcNow() - new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero) >= StableAfter;
    }
}
