using System.Globalization;
using System.Text;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Normalises names for matching: trimmed, lower case, accents removed, hyphens and runs of white space as one space.
/// <c>Borger Odoorn</c>, <c>borger-odoorn</c> and <c>Börger-Odoorn</c> give the same key.
/// </summary>
internal static class NameKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(ch) || ch is '-' or '‐' or '–' or '_')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }
}
