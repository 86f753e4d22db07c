using System.Text.RegularExpressions;

namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// Pieces of a v3 <c>$filter</c>. Values come from CBS's own code lists, but they are still checked: a key is a
/// plain code (letters, digits, underscore, the padding spaces CBS adds), a dimension is an identifier. Anything
/// else is refused instead of being pasted into the query.
/// </summary>
public static partial class CbsFilter
{
    /// <summary>The key as a quoted literal, padding kept exactly (<c>'NL01  '</c>).</summary>
    public static string Literal(string rawKey)
    {
        if (string.IsNullOrWhiteSpace(rawKey) || !KeyPattern().IsMatch(rawKey))
        {
            throw new CbsException($"CBS code list key '{rawKey}' is not a plain code; it is not used in a filter.");
        }

        return "'" + rawKey + "'";
    }

    /// <summary>A dimension or topic key as an identifier (<c>RegioS</c>).</summary>
    public static string Identifier(string name)
    {
        if (!IdentifierPattern().IsMatch(name))
        {
            throw new CbsException($"CBS key '{name}' is not an identifier; it is not used in a query.");
        }

        return name;
    }

    [GeneratedRegex("^[A-Za-z0-9_ ]+$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
