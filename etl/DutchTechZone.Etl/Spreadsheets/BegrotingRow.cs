namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>A row of the <c>Begroting</c> template: a budget line.</summary>
/// <param name="Row">The Excel row number.</param>
/// <param name="Year">Jaar.</param>
/// <param name="Theme">Thema number 1–4 (see <see cref="Themes"/>).</param>
/// <param name="Activity">Activiteit.</param>
/// <param name="FundingSource">Financieringsbron, canonical name; may be Gemeentelijke bijdrage.</param>
/// <param name="Amount">Bedrag in euros, exact to the cent.</param>
/// <param name="Note">Toelichting.</param>
/// <param name="Earmarked">
/// Geoormerkt: earmarked money such as co-financing paid from the Network plan. Files without the column (older
/// templates) follow the old rule: a Network-plan line whose activity starts with Cofinanciering.
/// </param>
public sealed record BegrotingRow(int Row, int Year, int Theme, string Activity, string FundingSource, decimal Amount, string? Note, bool Earmarked = false);
