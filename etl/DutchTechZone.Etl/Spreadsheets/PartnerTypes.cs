namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>The Dutch display names of <see cref="PartnerType"/> and their lookup.</summary>
public static class PartnerTypes
{
    /// <summary>The names as the template writes them, in enum order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["Overheid", "Ondernemers", "Onderwijs", "Kennisinstelling", "Innovatie-ecosysteem"];

    /// <summary>The display name of <paramref name="type"/>.</summary>
    public static string NameOf(PartnerType type) => Names[(int)type];

    /// <summary>Finds a partner type by name (case-, accent-, hyphen-insensitive: <c>innovatie ecosysteem</c> matches).</summary>
    public static bool TryFind(string? text, out PartnerType type)
    {
        var key = NameKey.Of(text).Replace(" ", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < Names.Count; i++)
        {
            if (NameKey.Of(Names[i]).Replace(" ", string.Empty, StringComparison.Ordinal) == key)
            {
                type = (PartnerType)i;
                return true;
            }
        }

        type = default;
        return false;
    }
}
