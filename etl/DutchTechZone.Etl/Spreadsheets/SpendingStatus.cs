namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>The status of a realisation line.</summary>
public enum SpendingStatus
{
    /// <summary>Committed (verplicht), not yet paid.</summary>
    Verplicht,

    /// <summary>Paid (betaald).</summary>
    Betaald,
}
