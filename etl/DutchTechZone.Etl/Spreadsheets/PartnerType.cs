namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>The partner types of the triple/quadruple helix that deliver in-kind capacity.</summary>
public enum PartnerType
{
    /// <summary>Overheid (government).</summary>
    Overheid,

    /// <summary>Ondernemers (businesses).</summary>
    Ondernemers,

    /// <summary>Onderwijs (education).</summary>
    Onderwijs,

    /// <summary>Kennisinstelling (knowledge institution).</summary>
    Kennisinstelling,

    /// <summary>Innovatie-ecosysteem (innovation ecosystem).</summary>
    InnovatieEcosysteem,
}
