namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Converts between 0-based column indexes and Excel column letters (A, Z, AA).</summary>
internal static class ColumnLetters
{
    public static string Of(int index)
    {
        var n = index + 1;
        var letters = string.Empty;
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            letters = (char)('A' + rem) + letters;
            n = (n - 1) / 26;
        }

        return letters;
    }

    /// <summary>The 0-based column of a cell reference such as <c>F12</c>, or -1.</summary>
    public static int IndexOfReference(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return -1;
        var n = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            n = (n * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (n > 16384) return -1;
        }

        return i == 0 ? -1 : n - 1;
    }
}
