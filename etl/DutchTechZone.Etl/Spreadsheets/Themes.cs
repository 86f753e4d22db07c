using System.Globalization;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>The four investment themes of the Jaarplan (budget.md §3), numbered 1–4.</summary>
public static class Themes
{
    /// <summary>Theme names by number (index 0 = theme 1).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "Investeren in ondernemen met ambitie, zowel bij onze koplopers als in het mkb-peloton",
        "Investeren in opleiding en kennis",
        "Investeren in imago, profilering, positionering en cultuur van de regio",
        "Investeren in een aantrekkelijk vestigingsklimaat voor de maakindustrie",
    ];

    /// <summary>The name of theme <paramref name="number"/> (1–4).</summary>
    public static string NameOf(int number) =>
        number is >= 1 and <= 4 ? Names[number - 1] : throw new ArgumentOutOfRangeException(nameof(number), number, "Thema is 1 tot en met 4.");

    /// <summary>Finds a theme by number (<c>2</c>) or by name (case- and accent-insensitive).</summary>
    public static bool TryFind(string? text, out int number)
    {
        number = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            number = n is >= 1 and <= 4 ? n : 0;
            return number != 0;
        }

        var key = NameKey.Of(trimmed);
        for (var i = 0; i < Names.Count; i++)
        {
            if (NameKey.Of(Names[i]) == key)
            {
                number = i + 1;
                return true;
            }
        }

        return false;
    }
}
