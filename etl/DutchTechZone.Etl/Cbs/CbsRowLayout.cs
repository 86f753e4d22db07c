using System.Text;

namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// The column names of <see cref="CbsRow"/>s, shared by consecutive rows of a page that have the same columns in the
/// same order (all of them, in practice), with a look-up by name. A name that occurs twice is found at its last place.
/// </summary>
internal sealed class CbsRowLayout
{
    private readonly Dictionary<string, int> _index;

    public CbsRowLayout(IReadOnlyList<string> names)
    {
        Names = [.. names];
        Utf8Names = Names.Select(Encoding.UTF8.GetBytes).ToArray();
        _index = new Dictionary<string, int>(Names.Length, StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            _index[Names[i]] = i;
        }
    }

    public string[] Names { get; }

    /// <summary>The names as UTF-8, to match a property name in the JSON without decoding it.</summary>
    public byte[][] Utf8Names { get; }

    public int Count => Names.Length;

    public int IndexOf(string key) => _index.TryGetValue(key, out var index) ? index : -1;
}
