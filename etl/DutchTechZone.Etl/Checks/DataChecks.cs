namespace DutchTechZone.Etl.Checks;

/// <summary>
/// The SQL data tests run after every load and by <c>dtz check</c>. Keys the database itself enforces (primary keys,
/// UNIQUE constraints: dim_region.cbs_code, dim_measure, dim_date, dim_partner.name, fact_population,
/// fact_contribution) are not repeated; relationships are checked although foreign keys exist, because SQLite only
/// enforces them when a connection asks for it.
/// </summary>
public static class DataChecks
{
    public const string Fail = "fail";
    public const string Warn = "warn";

    /// <summary>The check "the budget equals the sum of the current contribution rows" (computed in C#, not SQL).</summary>
    public static readonly DataCheck Budget = new("reconcile.budget", "reconciliation", Fail,
        "de begroting (zoals dtz budget haar nu berekent) is gelijk aan de actuele bijdragerijen");

    public static IReadOnlyList<DataCheck> Sql { get; } =
    [
        new("unique.partner_name_key", "unique", Fail, "elke partner één keer (naamsleutel)"),
        new("unique.activity_name_key", "unique", Fail, "elke activiteit één keer per thema (naamsleutel)"),
        new("unique.file_row", "unique", Fail, "elke rij van een aangeleverd bestand (bestand, blad, rij) één feitrij"),
        new("unique.indicator", "unique", Fail, "één indicatorwaarde per indicator, periode en gemeente"),
        new("unique.current_contribution", "unique", Fail, "precies één actuele bijdrage per jaar en gemeente"),
        new("not_null.lineage", "not_null", Fail, "elke bron heeft haar CBS-stempel of SHA-256 en ontvangstmoment"),
        new("not_null.name_keys", "not_null", Warn, "elke naam heeft haar sleutel (oude rijen krijgen die bij de volgende aanlevering)"),
        new("not_null.import", "not_null", Fail, "elke afgeronde import heeft eindtijd en bron"),
        new("relationship.fact_population", "relationship", Fail, "elke sleutel van fact_population staat in haar dimensie"),
        new("relationship.fact_contribution", "relationship", Fail, "elke sleutel van fact_contribution staat in haar dimensie"),
        new("relationship.fact_funding", "relationship", Fail, "elke sleutel van fact_funding staat in haar dimensie"),
        new("relationship.fact_budget_line", "relationship", Fail, "elke sleutel van fact_budget_line staat in haar dimensie"),
        new("relationship.fact_spending", "relationship", Fail, "elke sleutel van fact_spending staat in haar dimensie"),
        new("relationship.fact_capacity", "relationship", Fail, "elke sleutel van fact_capacity staat in haar dimensie"),
        new("relationship.fact_indicator", "relationship", Fail, "elke sleutel van fact_indicator staat in haar dimensie"),
        new("relationship.fact_regional_figure", "relationship", Fail, "elke sleutel van fact_regional_figure en dim_region_membership staat in haar dimensie"),
        new("accepted.statuses", "accepted_values", Fail, "statussen (bijdrage, CBS, realisatie, import) zijn bekende waarden"),
        new("accepted.levels", "accepted_values", Fail, "regioniveaus, soorten bronnen en partnertypes zijn bekende waarden"),
        new("accepted.periods", "accepted_values", Fail, "periodes zijn jaar, maand of kwartaal en beginnen vóór ze eindigen"),
        new("accepted.regional", "accepted_values", Fail, "periodetypes en CBS-statussen van de regionale cijfers zijn bekende waarden"),
        new("reconcile.file_rows", "reconciliation", Fail, "elk geladen bestand heeft zoveel feitrijen als het gevalideerde rijen schreef"),
        new("reconcile.file_amounts", "reconciliation", Fail, "de bedragen van elk bestand tellen op tot het totaal van het bestand"),
        new("reconcile.cbs_cells", "reconciliation", Fail, "elke CBS-import: geschreven + ongewijzigd = gelezen cellen"),
        new("reconcile.rpt_funding", "reconciliation", Fail, "middelen per jaar: fact_funding = rpt_funding"),
        new("reconcile.rpt_budget_line", "reconciliation", Fail, "begrotingsregels per jaar: fact_budget_line = rpt_budget_line"),
        new("reconcile.rpt_spending", "reconciliation", Fail, "realisatie per jaar: fact_spending = rpt_spending"),
        new("reconcile.rpt_contribution", "reconciliation", Fail, "actuele bijdragen per jaar: fact_contribution = rpt_contribution"),
    ];
}
