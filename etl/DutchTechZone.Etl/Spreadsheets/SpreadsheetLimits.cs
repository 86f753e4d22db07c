namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Bounds that keep reading hostile or runaway files cheap in memory and time.</summary>
public sealed class SpreadsheetLimits
{
    /// <summary>The largest file accepted, in bytes (default 50 MB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>The largest total of uncompressed zip entries of an xlsx, in bytes (default 200 MB).</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The most non-empty rows read from one sheet (default 100 000).</summary>
    public int MaxRows { get; init; } = 100_000;

    /// <summary>After this many consecutive empty rows the rest of a sheet is only scanned: any data after them is an error (default 1 000).</summary>
    public int MaxConsecutiveEmptyRows { get; init; } = 1_000;

    /// <summary>
    /// The most rows (empty or not) scanned in one sheet. After <see cref="MaxConsecutiveEmptyRows"/> empty rows the
    /// rest of a sheet is only scanned for data, up to this cap; a sheet longer than this is an error (default 2 000 000).
    /// </summary>
    public int MaxScannedRows { get; init; } = 2_000_000;

    /// <summary>The most zip entries an xlsx may hold (default 10 000).</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>The defaults.</summary>
    public static SpreadsheetLimits Default { get; } = new();
}
