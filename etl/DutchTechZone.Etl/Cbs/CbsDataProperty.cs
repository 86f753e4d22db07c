namespace DutchTechZone.Etl.Cbs;

/// <summary>One row of a table's <c>DataProperties</c> set: a dimension, topic group or topic (cbs-api.md §1.5).</summary>
/// <param name="Id">CBS <c>ID</c>.</param>
/// <param name="Position">Column position; null for topic groups.</param>
/// <param name="ParentId">Parent topic group's <c>ID</c>, if any.</param>
/// <param name="Type"><c>Dimension</c>, <c>TimeDimension</c>, <c>GeoDimension</c>, <c>GeoDetail</c>, <c>Topic</c> or <c>TopicGroup</c>.</param>
/// <param name="Key">Column key, e.g. <c>BevolkingAanHetEindeVanDePeriode_15</c>; empty for topic groups.</param>
/// <param name="Title">Dutch title.</param>
/// <param name="Unit">Unit of a topic (<c>aantal</c>).</param>
/// <param name="Decimals">Decimals of a topic.</param>
/// <param name="Datatype">Datatype of a topic (<c>Long</c>, <c>Double</c>, …).</param>
public sealed record CbsDataProperty(
    int Id,
    int? Position,
    int? ParentId,
    string Type,
    string Key,
    string Title,
    string? Unit,
    int? Decimals,
    string? Datatype)
{
    /// <summary>
    /// <see cref="Key"/> without its trailing <c>_&lt;digits&gt;</c> (<c>BevolkingAanHetEindeVanDePeriode_15</c> →
    /// <c>BevolkingAanHetEindeVanDePeriode</c>). CBS renumbers keys when it redesigns a table; the stem stays.
    /// </summary>
    public string KeyStem => StripNumberSuffix(Key);

    /// <summary>True for <c>Topic</c> rows (the value columns).</summary>
    public bool IsTopic => string.Equals(Type, "Topic", StringComparison.Ordinal);

    /// <summary>True for the dimension types (<c>Dimension</c>, <c>TimeDimension</c>, <c>GeoDimension</c>, <c>GeoDetail</c>).</summary>
    public bool IsDimension => Type is "Dimension" or "TimeDimension" or "GeoDimension" or "GeoDetail";

    internal static string StripNumberSuffix(string key)
    {
        var underscore = key.LastIndexOf('_');
        if (underscore <= 0 || underscore == key.Length - 1)
        {
            return key;
        }

        for (var i = underscore + 1; i < key.Length; i++)
        {
            if (!char.IsAsciiDigit(key[i]))
            {
                return key;
            }
        }

        return key[..underscore];
    }
}
