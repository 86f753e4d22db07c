namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Where each template column sits in a sheet (0-based column index), from its header row.</summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<string, int> _indexByHeader = new(StringComparer.Ordinal);

    public HeaderMap(TemplateDefinition template, int headerRow)
    {
        Template = template;
        HeaderRow = headerRow;
    }

    public TemplateDefinition Template { get; }

    public int HeaderRow { get; }

    public IEnumerable<int> Indexes => _indexByHeader.Values;

    public bool TryAdd(TemplateColumn column, int index) => _indexByHeader.TryAdd(column.Header, index);

    public bool Contains(string header) => _indexByHeader.ContainsKey(header);

    public int? IndexOf(string header) => _indexByHeader.TryGetValue(header, out var i) ? i : null;

    /// <summary>The template header of the column at <paramref name="index"/>, or null when it has none.</summary>
    public string? HeaderAt(int index) => _indexByHeader.FirstOrDefault(kv => kv.Value == index).Key;

    /// <summary>The column as errors name it: letter plus template header, e.g. <c>F (Bedrag)</c>.</summary>
    public string Describe(string header) =>
        IndexOf(header) is { } i ? $"{ColumnLetters.Of(i)} ({header})" : header;
}
