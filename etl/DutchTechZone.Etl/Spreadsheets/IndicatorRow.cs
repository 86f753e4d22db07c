namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>A row of the <c>Indicatoren</c> template: a measured success indicator.</summary>
/// <param name="Row">The Excel row number.</param>
/// <param name="Period">Periode.</param>
/// <param name="Indicator">Indicator name.</param>
/// <param name="MunicipalityCode">Gemeente as CBS code, or null.</param>
/// <param name="Value">Waarde.</param>
/// <param name="Target">Streefwaarde, or null.</param>
/// <param name="Unit">Eenheid, or null.</param>
public sealed record IndicatorRow(int Row, Period Period, string Indicator, string? MunicipalityCode, decimal Value, decimal? Target, string? Unit);
