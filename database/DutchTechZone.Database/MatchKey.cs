using System.Globalization;
using System.Text;

namespace DutchTechZone.Database;

/// <summary>
/// The key names are matched on in every database: trimmed, lower case, accents removed, hyphens, underscores
/// and runs of white space as one space (<c>Borger Odoorn</c> = <c>borger-odoorn</c> = <c>Börger-Odoorn</c>).
/// Computed here rather than with SQL <c>lower()</c>, which differs per database (SQLite folds ASCII only,
/// SQL Server compares case-insensitively by collation).
/// </summary>
public static class MatchKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || ch is '-' or '‐' or '–' or '_')
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(char.ToLowerInvariant(ch));
        }

        return key.ToString();
    }
}
