using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>The fixed-value lists of a template, one per column of the hidden <c>Lijsten</c> sheet.</summary>
internal static class TemplateLists
{
    private static readonly string[] YesNo = ["Ja", "Nee"];

    /// <summary>The list for a column kind, or null when the column has no fixed values.</summary>
    public static IReadOnlyList<string>? For(ColumnValueKind kind, TemplateKind template, IReadOnlyList<Municipality> municipalities) => kind switch
    {
        ColumnValueKind.FundingSource => FundingSources.AllowedIn(template),
        ColumnValueKind.Theme => Themes.Names,
        ColumnValueKind.Status => Enum.GetNames<SpendingStatus>(),
        ColumnValueKind.PartnerType => PartnerTypes.Names,
        ColumnValueKind.YesNo => YesNo,
        ColumnValueKind.Municipality => municipalities.Select(m => m.Name).ToList(),
        _ => null,
    };
}
