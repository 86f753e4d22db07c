using System.Text;

namespace DutchTechZone.Host.Serve.Upload;

/// <summary>
/// Turns the name a browser sent into a safe name in <c>incoming/</c>: no folders, no control or reserved characters,
/// not hidden or temporary (the intake would ignore it), at most 120 characters, and only .xlsx or .csv.
/// </summary>
public static class UploadedFileName
{
    private const int MaxLength = 120;
    private static readonly string[] Allowed = [".xlsx", ".csv"];

    /// <summary>The safe name, or null with the reason (Dutch) when the file type is not accepted.</summary>
    public static string? Clean(string? sent, out string? refusal)
    {
        refusal = null;
        var name = (sent ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Allowed.Contains(extension))
        {
            refusal = "alleen .xlsx- en .csv-bestanden kunnen worden aangeleverd";
            return null;
        }

        var stem = name[..^extension.Length];
        var clean = new StringBuilder();
        foreach (var c in stem.Normalize(NormalizationForm.FormC))
        {
            // Control and format characters (bidi overrides, zero-width) would hide or spoof the name.
            var category = char.GetUnicodeCategory(c);
            var unsafeChar = char.IsControl(c) || category == System.Globalization.UnicodeCategory.Format
                || Path.GetInvalidFileNameChars().Contains(c) || c is ':' or '*' or '?' or '"' or '<' or '>' or '|' or '\\';
            clean.Append(unsafeChar ? '_' : c);
        }

        var result = clean.ToString().Trim().TrimStart('.', '~', '$', ' ');
        if (result.Length == 0)
        {
            result = "aanlevering";
        }

        if (result.Length > MaxLength)
        {
            // Cut between text elements, never inside a surrogate pair or a combined character.
            var cut = System.Globalization.StringInfo.ParseCombiningCharacters(result).LastOrDefault(i => i <= MaxLength);
            result = result[..cut].TrimEnd();
        }

        return result + extension;
    }
}
