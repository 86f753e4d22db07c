namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>A row of the <c>Realisatie</c> template: a commitment or payment.</summary>
/// <param name="Row">The Excel row number.</param>
/// <param name="Date">Datum.</param>
/// <param name="Partner">Partner.</param>
/// <param name="Theme">Thema number 1–4.</param>
/// <param name="Activity">Activiteit.</param>
/// <param name="Description">Omschrijving.</param>
/// <param name="Reference">Kenmerk, unique per partner within a file.</param>
/// <param name="Status">Verplicht or Betaald.</param>
/// <param name="Amount">Bedrag in euros, exact to the cent.</param>
public sealed record RealisatieRow(int Row, DateOnly Date, string Partner, int Theme, string Activity, string? Description, string Reference, SpendingStatus Status, decimal Amount);
