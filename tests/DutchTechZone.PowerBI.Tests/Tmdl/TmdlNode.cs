namespace DutchTechZone.PowerBI.Tests.Tmdl;

/// <summary>
/// One declaration in a TMDL file (<c>table Bijdragen</c>, <c>column 'CBS code'</c>, <c>measure X = …</c>) with its
/// properties (<c>dataType: int64</c>, a bare <c>isHidden</c>) and child declarations, as indentation nests them.
/// </summary>
public sealed class TmdlNode
{
    public required string File { get; init; }

    public required int Line { get; init; }

    public required int Indent { get; init; }

    /// <summary>The object type: <c>table</c>, <c>column</c>, <c>ref</c>, …</summary>
    public required string Keyword { get; init; }

    /// <summary>The name as written (quotes included); empty for <c>model</c>-less keywords such as <c>database</c>.</summary>
    public required string RawName { get; init; }

    /// <summary>The default property after <c>=</c> (DAX, M, an annotation value), multi-line joined with \n; null when absent.</summary>
    public string? DefaultValue { get; set; }

    public string? Description { get; set; }

    public List<TmdlProperty> Properties { get; } = [];

    public List<TmdlNode> Children { get; } = [];

    public string Name => TmdlName.Unquote(RawName);

    public string Location => $"{File}:{Line}";

    public TmdlProperty? Property(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public string? Value(string name) => Property(name)?.Value;

    public bool Flag(string name) => Property(name) is { } p && !string.Equals(p.Value, "false", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<TmdlNode> ChildrenOf(string keyword) =>
        Children.Where(c => string.Equals(c.Keyword, keyword, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A <c>name: value</c> property, a bare boolean flag (value "true"), or <c>name =</c> expression.</summary>
public sealed record TmdlProperty(string Name, string Value, int Line);
