namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>A row of the <c>Middelen</c> template: a resource for a year.</summary>
/// <param name="Row">The Excel row number.</param>
/// <param name="Year">Jaar.</param>
/// <param name="FundingSource">Financieringsbron, canonical name (see <see cref="FundingSources"/>).</param>
/// <param name="MunicipalityCode">Gemeente as CBS code, or null.</param>
/// <param name="Amount">Bedrag in euros, exact to the cent.</param>
/// <param name="Note">Toelichting.</param>
public sealed record MiddelenRow(int Row, int Year, string FundingSource, string? MunicipalityCode, decimal Amount, string? Note);
