using System.Text.RegularExpressions;
using DutchTechZone.PowerBI.Tests.Tmdl;

namespace DutchTechZone.PowerBI.Tests.Model;

/// <summary>The semantic model as the checks need it, read from the TMDL tree: tables, columns, measures, relationships.</summary>
public sealed partial record SemanticModel(IReadOnlyList<ModelTable> Tables, IReadOnlyList<ModelRelationship> Relationships)
{
    public ModelTable? Table(string name) => Tables.FirstOrDefault(t => t.Name == name);

    public static SemanticModel From(TmdlFolder folder)
    {
        var tables = folder.TableDocuments.SelectMany(d => d.Roots).Where(n => n.Keyword == "table").Select(ReadTable).ToList();
        var relationships = folder.Documents.SelectMany(d => d.Roots).Where(n => n.Keyword == "relationship").Select(ReadRelationship).ToList();
        return new SemanticModel(tables, relationships);
    }

    private static ModelTable ReadTable(TmdlNode table)
    {
        var columns = table.ChildrenOf("column").Select(c => new ModelColumn(
            c.Name, c.Value("dataType") ?? "", c.Value("sourceColumn") is { } s ? TmdlName.Unquote(s.Trim('"')) : null,
            c.Flag("isHidden"), c.Flag("isKey"), c.Value("formatString"), c.Value("summarizeBy"),
            c.Value("sortByColumn") is { } sort ? TmdlName.Unquote(sort) : null, c.Location)).ToList();
        var measures = table.ChildrenOf("measure").Select(m => new ModelMeasure(
            m.Name, m.DefaultValue ?? "", m.Value("formatString"), m.Description, m.Flag("isHidden"),
            m.ChildrenOf("annotation").ToDictionary(a => a.Name, a => a.DefaultValue ?? ""), m.Location)).ToList();
        var partitions = table.ChildrenOf("partition").Select(p => new ModelPartition(
            p.Name, p.DefaultValue ?? "", p.Value("mode"), p.Value("source") ?? "", p.Location)).ToList();
        return new ModelTable(table.Name, table.Value("dataCategory"), columns, measures, partitions, table.Location);
    }

    private static ModelRelationship ReadRelationship(TmdlNode node)
    {
        static (string Table, string Column) End(string? reference)
        {
            var parts = TmdlName.SplitQualified(reference ?? "");
            return parts.Count == 2 ? (TmdlName.Unquote(parts[0]), TmdlName.Unquote(parts[1])) : ("", reference ?? "");
        }

        var from = End(node.Value("fromColumn"));
        var to = End(node.Value("toColumn"));
        return new ModelRelationship(node.Name, from.Table, from.Column, to.Table, to.Column, node.Location);
    }

    /// <summary>The view a partition reads: the <c>Item = "rpt_…"</c> of its navigation step.</summary>
    public static string? SourceView(ModelPartition partition) =>
        ItemName().Match(partition.Source) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("""Item\s*=\s*"([^"]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ItemName();
}

public sealed record ModelTable(string Name, string? DataCategory, IReadOnlyList<ModelColumn> Columns, IReadOnlyList<ModelMeasure> Measures,
    IReadOnlyList<ModelPartition> Partitions, string Location)
{
    public ModelColumn? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public ModelMeasure? Measure(string name) => Measures.FirstOrDefault(m => m.Name == name);

    public string? SourceView => Partitions.Count == 1 ? SemanticModel.SourceView(Partitions[0]) : null;
}

public sealed record ModelColumn(string Name, string DataType, string? SourceColumn, bool IsHidden, bool IsKey, string? FormatString,
    string? SummarizeBy, string? SortByColumn, string Location);

public sealed record ModelMeasure(string Name, string Expression, string? FormatString, string? Description, bool IsHidden,
    IReadOnlyDictionary<string, string> Annotations, string Location);

public sealed record ModelPartition(string Name, string SourceType, string? Mode, string Source, string Location);

public sealed record ModelRelationship(string Name, string FromTable, string FromColumn, string ToTable, string ToColumn, string Location);
