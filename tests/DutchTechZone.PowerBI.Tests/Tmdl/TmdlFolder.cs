namespace DutchTechZone.PowerBI.Tests.Tmdl;

/// <summary>The <c>definition/</c> folder of a semantic model: every .tmdl file parsed, keyed by its path relative to the folder.</summary>
public sealed class TmdlFolder
{
    private TmdlFolder(string path, IReadOnlyList<TmdlDocument> documents, IReadOnlyDictionary<string, byte[]> bytes)
    {
        Path = path;
        Documents = documents;
        Bytes = bytes;
    }

    public string Path { get; }

    public IReadOnlyList<TmdlDocument> Documents { get; }

    /// <summary>The raw bytes of each file (for the encoding and line-ending checks).</summary>
    public IReadOnlyDictionary<string, byte[]> Bytes { get; }

    public static TmdlFolder Load(string definitionFolder)
    {
        var bytes = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(definitionFolder, "*.tmdl", SearchOption.AllDirectories))
        {
            bytes[System.IO.Path.GetRelativePath(definitionFolder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        return FromFiles(definitionFolder, bytes);
    }

    /// <summary>A folder from in-memory files (tests change one file and check again).</summary>
    public static TmdlFolder FromFiles(string path, IReadOnlyDictionary<string, byte[]> files)
    {
        var documents = files.Select(f => TmdlParser.Parse(f.Key, new System.Text.UTF8Encoding(false).GetString(f.Value).TrimStart('\uFEFF'))).ToList();
        return new TmdlFolder(path, documents, files);
    }

    public TmdlDocument? Document(string relativePath) => Documents.FirstOrDefault(d => d.File == relativePath);

    public IEnumerable<TmdlDocument> TableDocuments => Documents.Where(d => d.File.StartsWith("tables/", StringComparison.Ordinal));

    public IEnumerable<TmdlNode> AllNodes => Documents.SelectMany(d => d.Descendants());
}
