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
            throw new CbsException($"Sleutel '{rawKey}' van een CBS-codelijst is geen gewone code; hij wordt niet in een filter gebruikt.");
        }

        return "'" + rawKey + "'";
    }

    /// <summary>A dimension or topic key as an identifier (<c>RegioS</c>).</summary>
    public static string Identifier(string name)
    {
        if (!IdentifierPattern().IsMatch(name))
        {
            throw new CbsException($"CBS-sleutel '{name}' is geen identifier; hij wordt niet in een verzoek gebruikt.");
        }

        return name;
    }

    [GeneratedRegex("^[A-Za-z0-9_ ]+$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
