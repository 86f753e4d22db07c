namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>The five partner spreadsheet templates of the drop-folder contract (spreadsheets.md).</summary>
public enum TemplateKind
{
    /// <summary>Resources per year.</summary>
    Middelen,

    /// <summary>Budget lines (uses of money).</summary>
    Begroting,

    /// <summary>Commitments and payments.</summary>
    Realisatie,

    /// <summary>In-kind capacity (hours) per partner.</summary>
    Capaciteit,

    /// <summary>Success indicators.</summary>
    Indicatoren,
}
