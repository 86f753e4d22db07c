namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Reads <see cref="BegrotingRow"/>s.</summary>
internal sealed class BegrotingRowParser : ITemplateRowParser
{
    public object? Parse(RowContext row)
    {
        var year = row.Year("Jaar");
        var theme = row.Theme("Thema");
        var activity = row.Text("Activiteit", required: true);
        var source = row.FundingSource("Financieringsbron", TemplateKind.Begroting);
        var amount = row.Amount("Bedrag", required: true);
        var note = row.Text("Toelichting", required: false);
        if (row.HasErrors) return null;
        return new BegrotingRow(row.Row, year!.Value, theme!.Value, activity!, source!, amount!.Value, note);
    }
}
