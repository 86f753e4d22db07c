namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Reads <see cref="IndicatorRow"/>s.</summary>
internal sealed class IndicatorRowParser : ITemplateRowParser
{
    public object? Parse(RowContext row)
    {
        var period = row.Period("Periode");
        var indicator = row.Text("Indicator", required: true);
        var municipality = row.Municipality("Gemeente");
        var value = row.Amount("Waarde", required: true, maxDecimals: WarehouseLimits.MaxIndicatorDecimals, euro: false, maxAbsolute: WarehouseLimits.MaxIndicatorValue);
        var target = row.Amount("Streefwaarde", required: false, maxDecimals: WarehouseLimits.MaxIndicatorDecimals, euro: false, maxAbsolute: WarehouseLimits.MaxIndicatorValue);
        var unit = row.Text("Eenheid", required: false);
        if (row.HasErrors) return null;
        return new IndicatorRow(row.Row, period!, indicator!, municipality, value!.Value, target, unit);
    }
}
