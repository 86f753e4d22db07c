namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Reads <see cref="IndicatorRow"/>s.</summary>
internal sealed class IndicatorRowParser : ITemplateRowParser
{
    public object? Parse(RowContext row)
    {
        var period = row.Period("Periode");
        var indicator = row.Text("Indicator", required: true);
        var municipality = row.Municipality("Gemeente");
        var value = row.Amount("Waarde", required: true, maxDecimals: null, euro: false);
        var target = row.Amount("Streefwaarde", required: false, maxDecimals: null, euro: false);
        var unit = row.Text("Eenheid", required: false);
        if (row.HasErrors) return null;
        return new IndicatorRow(row.Row, period!, indicator!, municipality, value!.Value, target, unit);
    }
}
