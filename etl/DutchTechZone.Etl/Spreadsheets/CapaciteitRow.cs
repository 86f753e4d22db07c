namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>A row of the <c>Capaciteit</c> template: in-kind hours of a partner.</summary>
/// <param name="Row">The Excel row number.</param>
/// <param name="Period">Periode.</param>
/// <param name="Partner">Partner.</param>
/// <param name="PartnerType">Partnertype.</param>
/// <param name="Hours">Uren (at most 2 decimals).</param>
/// <param name="HourlyRate">Uurtarief in euros, or null.</param>
public sealed record CapaciteitRow(int Row, Period Period, string Partner, PartnerType PartnerType, decimal Hours, decimal? HourlyRate);
