using DutchTechZone.Database.Loaders;
using DutchTechZone.Etl.Spreadsheets;

namespace DutchTechZone.Etl.Intake;

/// <summary>Turns the typed rows of a validated file into loader records (money in cents).</summary>
public static class PartnerFileMapper
{
    public static PartnerFileLoad Map(long importId, FileSourceRecord source, WorkbookReadResult workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var sheets = workbook.Sheets;
        return new PartnerFileLoad(
            importId,
            source,
            sheets.SelectMany(s => s.RowsOf<MiddelenRow>().Select(r => new FundingRecord(r.Year, r.FundingSource, r.MunicipalityCode, Cents(r.Amount), r.Note, r.Row, s.SheetName))).ToList(),
            sheets.SelectMany(s => s.RowsOf<BegrotingRow>().Select(r => new BudgetLineRecord(r.Year, r.Theme, r.Activity, r.FundingSource, Cents(r.Amount), r.Note, r.Row, s.SheetName, r.Earmarked))).ToList(),
            sheets.SelectMany(s => s.RowsOf<RealisatieRow>().Select(r => new SpendingRecord(r.Date, r.Partner, r.Theme, r.Activity, r.Description, r.Reference, r.Status.ToString(), Cents(r.Amount), r.Row, s.SheetName))).ToList(),
            sheets.SelectMany(s => s.RowsOf<CapaciteitRow>().Select(r => new CapacityRecord(
                r.Period.Text, r.Period.Start, r.Period.End, r.Partner, PartnerTypes.NameOf(r.PartnerType), r.Hours,
                r.HourlyRate is { } rate ? Cents(rate) : null,
                r.HourlyRate is { } rate2 ? Cents(decimal.Round(r.Hours * rate2, 2, MidpointRounding.AwayFromZero)) : null,
                r.Row, s.SheetName))).ToList(),
            sheets.SelectMany(s => s.RowsOf<IndicatorRow>().Select(r => new IndicatorRecord(r.Period.Text, r.Period.Start, r.Period.End, r.Indicator, r.MunicipalityCode, r.Value, r.Target, r.Unit, r.Row, s.SheetName))).ToList());
    }

    /// <summary>Euros to cents; the readers already refuse amounts with more than two decimals.</summary>
    public static long Cents(decimal euros)
    {
        var cents = euros * 100m;
        if (cents != decimal.Truncate(cents))
        {
            throw new ArgumentException($"{euros} is not a whole number of cents.", nameof(euros));
        }

        return (long)cents;
    }
}
