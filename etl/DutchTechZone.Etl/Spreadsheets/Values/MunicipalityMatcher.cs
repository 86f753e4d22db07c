using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Finds a municipality by CBS code or name (case-, accent-, hyphen-insensitive) and returns its CBS code.</summary>
internal sealed class MunicipalityMatcher
{
    private readonly Dictionary<string, string> _codeByKey = new(StringComparer.Ordinal);

    public MunicipalityMatcher(IReadOnlyList<Municipality> municipalities)
    {
        foreach (var m in municipalities)
        {
            _codeByKey.TryAdd(NameKey.Of(m.CbsCode), m.CbsCode);
            _codeByKey.TryAdd(NameKey.Of(m.Name), m.CbsCode);
        }
    }

    public bool TryFind(string? text, out string cbsCode) =>
        _codeByKey.TryGetValue(NameKey.Of(text), out cbsCode!);
}
