namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Reads <see cref="MiddelenRow"/>s.</summary>
internal sealed class MiddelenRowParser : ITemplateRowParser
{
    public object? Parse(RowContext row)
    {
        var year = row.Year("Jaar");
        var source = row.FundingSource("Financieringsbron", TemplateKind.Middelen);
        var municipality = row.Municipality("Gemeente");
        var amount = row.Amount("Bedrag", required: true);
        var note = row.Text("Toelichting", required: false);
        if (row.HasErrors) return null;
        return new MiddelenRow(row.Row, year!.Value, source!, municipality, amount!.Value, note);
    }
}
