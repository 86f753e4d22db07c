using System.Text.Json.Serialization;

namespace DutchTechZone.Etl.Budget;

/// <summary>One municipality's contribution for a budget year.</summary>
/// <param name="Status"><c>provisional</c> or <c>definitive</c>.</param>
/// <param name="ReferenceDate">The count's reference date: 1 January of the year when definitive, else the provisional date.</param>
/// <param name="Amount">Inhabitants × rate, in euros, exact to the cent.</param>
/// <param name="Rate">The rate of this amount: the year's rate, or for a frozen (invoiced) contribution the rate it was invoiced at.</param>
/// <param name="Settlement">Definitive − provisional amount, once both exist; null before.</param>
/// <param name="ProvisionalAmount">The provisional amount the settlement is measured against, when known.</param>
/// <param name="CbsStatus">CBS's own status of the figure (Voorlopig, Definitief).</param>
/// <param name="Origin"><c>CBS</c> or <c>bundled sample</c>.</param>
/// <param name="Frozen">The provisional amount was invoiced: it is the stored amount, later CBS revisions and rate changes do not alter it.</param>
public sealed record ContributionLine(
    string CbsCode,
    string Municipality,
    long Inhabitants,
    decimal Amount,
    decimal Rate,
    string Status,
    DateOnly ReferenceDate,
    decimal? Settlement,
    decimal? ProvisionalAmount,
    string CbsStatus,
    string CbsPeriod,
    [property: JsonPropertyName("source")] string Origin,
    [property: JsonIgnore] long SourceKey,
    bool Frozen = false);
