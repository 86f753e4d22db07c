namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// The bundled sample files (one per template, Jaarplan 2026 figures), embedded in this assembly from
/// <c>Spreadsheets/Samples/*.xlsx</c>.
/// </summary>
public static class SampleFiles
{
    private const string ResourcePrefix = "DutchTechZone.Etl.Spreadsheets.Samples.";

    /// <summary>The file names of the samples (<c>Middelen_2026.xlsx</c>, …).</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        typeof(SampleFiles).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The SHA-256 (lower-case hex, as <c>etl_import.content_hash</c>) of every sample: a sample is recognised by content, never by name.</summary>
    public static IReadOnlySet<string> ContentHashes { get; } = FileNames.Select(name =>
    {
        using var stream = Open(name);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }).ToHashSet(StringComparer.Ordinal);

    /// <summary>Opens one sample by file name.</summary>
    public static Stream Open(string fileName) =>
        typeof(SampleFiles).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new FileNotFoundException($"Voorbeeldbestand {fileName} bestaat niet.", fileName);

    /// <summary>Writes every sample into <paramref name="outDir"/> (created if needed) and returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(string outDir)
    {
        ArgumentNullException.ThrowIfNull(outDir);
        Directory.CreateDirectory(outDir);
        var paths = new List<string>();
        foreach (var name in FileNames)
        {
            var path = Path.Combine(outDir, name);
            using var source = Open(name);
            using var target = File.Create(path);
            source.CopyTo(target);
            paths.Add(path);
        }

        return paths;
    }
}
