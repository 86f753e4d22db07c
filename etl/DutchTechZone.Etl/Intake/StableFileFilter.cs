namespace DutchTechZone.Etl.Intake;

/// <summary>
/// Decides which files in <c>incoming/</c> are ready: not an Excel lock file (<c>~$…</c>), not a temporary or
/// hidden file, untouched for <see cref="StableAfter"/>, and with the same size and time stamp when looked at again
/// after <see cref="Settle"/> (a copy that is still running, or that stalled, is left for the next scan).
/// </summary>
public sealed class StableFileFilter(TimeProvider time, TimeSpan stableAfter, TimeSpan? settle = null)
{
    /// <summary>How long a file must be untouched before it is taken. The default in configuration is 2 seconds.</summary>
    public TimeSpan StableAfter { get; } = stableAfter;

    /// <summary>The wait between the two looks at each candidate. The default is half a second.</summary>
    public TimeSpan Settle { get; } = settle ?? TimeSpan.FromMilliseconds(500);

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

    /// <summary>The ready files among <paramref name="paths"/>: ready now, and unchanged in size and time stamp after <see cref="Settle"/>.</summary>
    public async Task<IReadOnlyList<string>> ReadyAsync(IEnumerable<string> paths, CancellationToken ct)
    {
        var candidates = paths.Where(IsReady).Select(p => (Path: p, Seen: Look(p))).ToList();
        if (candidates.Count == 0 || Settle <= TimeSpan.Zero)
        {
            return candidates.Select(c => c.Path).ToList();
        }

        await Task.Delay(Settle, time, ct);
        return candidates.Where(c => Look(c.Path) == c.Seen).Select(c => c.Path).ToList();
    }

    private static (bool Exists, long Length, DateTime Written) Look(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (true, info.Length, info.LastWriteTimeUtc) : (false, 0, default);
    }
}
