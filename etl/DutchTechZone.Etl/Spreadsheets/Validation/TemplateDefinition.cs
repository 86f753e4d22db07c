namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>A template: its kind (also its sheet name) and its columns in template order.</summary>
internal sealed record TemplateDefinition(TemplateKind Kind, IReadOnlyList<TemplateColumn> Columns)
{
    public string SheetName => Kind.ToString();

    /// <summary>The column whose sum a Totaal row must equal (null: no check).</summary>
    public string? TotalColumn => Kind switch
    {
        TemplateKind.Capaciteit => "Uren",
        TemplateKind.Indicatoren => null,
        _ => "Bedrag",
    };

    public TemplateColumn? Find(string header)
    {
        var key = NameKey.Of(header);
        return Columns.FirstOrDefault(c => NameKey.Of(c.Header) == key);
    }
}
