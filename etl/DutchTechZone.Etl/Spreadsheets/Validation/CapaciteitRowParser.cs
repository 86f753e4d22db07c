namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Reads <see cref="CapaciteitRow"/>s.</summary>
internal sealed class CapaciteitRowParser : ITemplateRowParser
{
    public object? Parse(RowContext row)
    {
        var period = row.Period("Periode");
        var partner = row.Text("Partner", required: true);
        var type = row.PartnerType("Partnertype");
        var hours = row.Amount("Uren", required: true, maxDecimals: WarehouseLimits.MaxHoursDecimals, euro: false, maxAbsolute: WarehouseLimits.MaxHours);
        var rate = row.Amount("Uurtarief", required: false);
        if (hours < 0) row.Error("Uren", row.Cell("Uren")?.Text, "Uren is negatief; verwacht 0 of meer uren");
        if (row.HasErrors) return null;
        return new CapaciteitRow(row.Row, period!, partner!, type!.Value, hours!.Value, rate);
    }
}
