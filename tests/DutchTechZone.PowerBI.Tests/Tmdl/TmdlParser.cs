using System.Text.RegularExpressions;

namespace DutchTechZone.PowerBI.Tests.Tmdl;

/// <summary>
/// A small TMDL reader: enough of the grammar in learn.microsoft.com/analysis-services/tmdl/tmdl-overview to check
/// the files structurally (declarations, properties, flags, <c>///</c> descriptions, default properties and
/// multi-line expressions one level deeper than the owner's properties, backtick-fenced expressions). Not a TOM
/// deserializer: Microsoft.AnalysisServices is not available here.
/// </summary>
public static partial class TmdlParser
{
    /// <summary>Object types written as a declaration (<c>keyword name</c>); everything else is a property.</summary>
    public static readonly IReadOnlySet<string> ObjectKeywords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "database", "model", "table", "column", "measure", "partition", "hierarchy", "level", "relationship", "expression",
        "annotation", "extendedProperty", "changedProperty", "ref", "cultureInfo", "linguisticMetadata", "translations",
        "role", "tablePermission", "member", "perspective", "perspectiveTable", "perspectiveColumn", "perspectiveMeasure",
        "perspectiveHierarchy", "calculationGroup", "calculationItem", "kpi", "formatStringDefinition", "detailRowsDefinition",
        "dataSource", "variation", "refreshPolicy", "queryGroup", "function", "dataAccessOptions",
    };

    public static TmdlDocument Parse(string file, string text)
    {
        var lines = LineBreak().Split(text);
        var roots = new List<TmdlNode>();
        var issues = new List<TmdlIssue>();
        var stack = new List<TmdlNode>();
        var description = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var lineNo = i + 1;
            if (raw.Trim().Length == 0)
            {
                if (description.Count > 0)
                {
                    issues.Add(new(file, lineNo, "a blank line between a /// description and its object (no whitespace is allowed there)"));
                    description.Clear();
                }

                continue;
            }

            var indent = raw.TakeWhile(c => c == '\t').Count();
            var rest = raw[indent..];
            if (rest.Length > 0 && char.IsWhiteSpace(rest[0]))
            {
                issues.Add(new(file, lineNo, "indented with spaces; TMDL indents with one tab per level"));
                rest = rest.TrimStart();
            }

            while (stack.Count > 0 && stack[^1].Indent >= indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var parent = stack.Count > 0 ? stack[^1] : null;
            var parentIndent = parent?.Indent ?? -1;
            if (indent > parentIndent + 1)
            {
                issues.Add(new(file, lineNo, $"indented {indent} tab(s) but its parent is at {Math.Max(parentIndent, 0)}: one level at a time"));
            }

            if (rest.StartsWith("///", StringComparison.Ordinal))
            {
                description.Add(rest[3..].Trim());
                continue;
            }

            var property = PropertyLine().Match(rest);
            var word = FirstWord().Match(rest).Value;
            if (property.Success && !(ObjectKeywords.Contains(word) && rest.Length > word.Length && rest[word.Length] != ':'))
            {
                Require(parent, file, lineNo, rest, issues)?.Properties.Add(new(property.Groups[1].Value, property.Groups[2].Value.Trim(), lineNo));
                continue;
            }

            var isBlock = word.Length == rest.Length && NextIndent(lines, i) > indent;
            if (ObjectKeywords.Contains(word) || isBlock)
            {
                var node = Declaration(file, lineNo, indent, word, rest[word.Length..], issues);
                if (description.Count > 0)
                {
                    node.Description = string.Join("\n", description);
                    description.Clear();
                }

                if (node.DefaultValue is "" or "```")
                {
                    node.DefaultValue = ReadExpression(lines, ref i, indent, node.DefaultValue == "```");
                }

                if (parent is null)
                {
                    if (indent > 0)
                    {
                        issues.Add(new(file, lineNo, $"{word} is indented but has no parent object"));
                    }

                    roots.Add(node);
                }
                else
                {
                    parent.Children.Add(node);
                }

                stack.Add(node);
                continue;
            }

            var expression = ExpressionProperty().Match(rest);
            if (expression.Success)
            {
                var value = expression.Groups[2].Value.Trim();
                if (value is "" or "```")
                {
                    value = ReadExpression(lines, ref i, indent, value == "```");
                }

                Require(parent, file, lineNo, rest, issues)?.Properties.Add(new(expression.Groups[1].Value, value, lineNo));
                continue;
            }

            if (SingleWord().IsMatch(rest))
            {
                Require(parent, file, lineNo, rest, issues)?.Properties.Add(new(rest, "true", lineNo));
                continue;
            }

            issues.Add(new(file, lineNo, $"not a TMDL declaration, property or expression: {rest}"));
        }

        return new TmdlDocument(file, roots, issues);
    }

    private static TmdlNode? Require(TmdlNode? parent, string file, int line, string text, List<TmdlIssue> issues)
    {
        if (parent is null)
        {
            issues.Add(new(file, line, $"property outside any object: {text}"));
        }

        return parent;
    }

    private static TmdlNode Declaration(string file, int line, int indent, string keyword, string rest, List<TmdlIssue> issues)
    {
        var text = rest.Trim();
        if (string.Equals(keyword, "ref", StringComparison.OrdinalIgnoreCase))
        {
            var kind = FirstWord().Match(text).Value;
            keyword = "ref " + kind;
            text = text[kind.Length..].Trim();
        }

        string name;
        string? value = null;
        if (text.StartsWith('\''))
        {
            var end = ClosingQuote(text);
            if (end < 0)
            {
                issues.Add(new(file, line, $"name without closing quote: {text}"));
                end = text.Length - 1;
            }

            name = text[..(end + 1)];
            text = text[(end + 1)..].Trim();
        }
        else
        {
            var equals = text.IndexOf('=', StringComparison.Ordinal);
            name = (equals < 0 ? text : text[..equals]).Trim();
            text = equals < 0 ? "" : text[equals..];
        }

        if (text.StartsWith('='))
        {
            value = text[1..].Trim();
        }
        else if (text.Length > 0)
        {
            issues.Add(new(file, line, $"unexpected text after the name {name}: {text}"));
        }

        return new TmdlNode { File = file, Line = line, Indent = indent, Keyword = keyword, RawName = name, DefaultValue = value };
    }

    private static int ClosingQuote(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != '\'')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '\'')
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    // A multi-line expression: the lines after its owner that are indented at least two levels deeper than the owner
    // (one deeper than the owner's properties), blank lines inside included; or everything up to a closing ``` line.
    private static string ReadExpression(string[] lines, ref int i, int ownerIndent, bool fenced)
    {
        var body = new List<string>();
        if (fenced)
        {
            while (i + 1 < lines.Length)
            {
                i++;
                if (lines[i].Trim() == "```")
                {
                    break;
                }

                body.Add(lines[i].Trim('\t'));
            }

            return string.Join("\n", body);
        }

        while (i + 1 < lines.Length)
        {
            var next = lines[i + 1];
            if (next.Trim().Length == 0)
            {
                if (NextIndent(lines, i + 1) >= ownerIndent + 2)
                {
                    body.Add("");
                    i++;
                    continue;
                }

                break;
            }

            if (next.TakeWhile(c => c == '\t').Count() < ownerIndent + 2)
            {
                break;
            }

            body.Add(next[(ownerIndent + 2)..]);
            i++;
        }

        return string.Join("\n", body);
    }

    private static int NextIndent(string[] lines, int i)
    {
        for (var j = i + 1; j < lines.Length; j++)
        {
            if (lines[j].Trim().Length > 0)
            {
                return lines[j].TakeWhile(c => c == '\t').Count();
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\r\n|\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*)$")]
    private static partial Regex PropertyLine();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")]
    private static partial Regex ExpressionProperty();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SingleWord();
}

/// <summary>One parsed TMDL file: its top-level objects and the syntax problems found while reading it.</summary>
public sealed record TmdlDocument(string File, IReadOnlyList<TmdlNode> Roots, IReadOnlyList<TmdlIssue> Issues)
{
    public IEnumerable<TmdlNode> Descendants() => Roots.SelectMany(Walk);

    private static IEnumerable<TmdlNode> Walk(TmdlNode node) => new[] { node }.Concat(node.Children.SelectMany(Walk));
}
