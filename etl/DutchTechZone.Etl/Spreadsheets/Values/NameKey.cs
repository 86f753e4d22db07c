using DutchTechZone.Database;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Normalises names for matching: trimmed, lower case, accents removed, hyphens and runs of white space as one space.
/// <c>Borger Odoorn</c>, <c>borger-odoorn</c> and <c>Börger-Odoorn</c> give the same key. The same rule as the
/// warehouse's <see cref="MatchKey"/>, so that what the reader calls one name the loader matches as one too.
/// </summary>
internal static class NameKey
{
    public static string Of(string? text) => MatchKey.Of(text);
}
