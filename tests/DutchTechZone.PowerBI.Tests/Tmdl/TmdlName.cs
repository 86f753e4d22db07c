using System.Text;

namespace DutchTechZone.PowerBI.Tests.Tmdl;

/// <summary>
/// TMDL's naming rules (learn.microsoft.com/analysis-services/tmdl/tmdl-overview, "Object declaration"): a name is
/// enclosed in single quotes when it contains a dot, equals sign, colon, single quote or whitespace; a single quote
/// inside is written twice. References use the same rules and join the parts of a qualified name with a dot.
/// </summary>
public static class TmdlName
{
    public static bool NeedsQuotes(string name) => name.Any(c => c is '.' or '=' or ':' or '\'' || char.IsWhiteSpace(c));

    public static string Quote(string name) => NeedsQuotes(name) ? "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'" : name;

    public static string Unquote(string raw)
    {
        var text = raw.Trim();
        return text.Length >= 2 && text[0] == '\'' && text[^1] == '\''
            ? text[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : text;
    }

    /// <summary>Null when the written name follows the quoting rule, else what is wrong with it.</summary>
    public static string? QuotingProblem(string raw)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return "the name is empty";
        }

        if (text[0] != '\'')
        {
            return NeedsQuotes(text) ? $"name {text} must be enclosed in single quotes (it contains . = : ' or whitespace)" : null;
        }

        if (text.Length < 2 || text[^1] != '\'')
        {
            return $"name {text} has no closing quote";
        }

        var inner = text[1..^1];
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\'')
            {
                if (i + 1 < inner.Length && inner[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return $"name {text} has a single quote that is not doubled";
            }
        }

        return null;
    }

    /// <summary>Splits <c>Table.'Column x'</c> into its unquoted parts, honouring quotes.</summary>
    public static IReadOnlyList<string> SplitQualified(string reference)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var text = reference.Trim();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                if (quoted && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    current.Append("''");
                    i++;
                    continue;
                }

                quoted = !quoted;
                current.Append(c);
            }
            else if (c == '.' && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }

    /// <summary>The raw (still quoted) parts of a qualified reference.</summary>
    public static IReadOnlyList<string> RawParts(string reference) => SplitQualified(reference);
}
