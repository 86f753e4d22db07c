namespace DutchTechZone.Etl.Population;

/// <summary>Which date of a CBS period a population topic refers to.</summary>
public enum PeriodDate
{
    /// <summary>The first day of the period (population at the start of the period, or on 1 January).</summary>
    Start,

    /// <summary>The last day of the period (population at the end of the period: "stand per").</summary>
    End,
}

/// <summary>A population topic, identified by its key stem (never by its numbered key, which CBS renumbers).</summary>
/// <param name="KeyStem">The topic key without its <c>_nn</c> suffix, e.g. <c>BevolkingAanHetEindeVanDePeriode</c>.</param>
/// <param name="Date">Which date of the period the count belongs to.</param>
public sealed record PopulationTopic(string KeyStem, PeriodDate Date)
{
    /// <summary><c>start_of_day</c> for counts at the start of a period, <c>end_of_day</c> for counts at its end.</summary>
    public string CountsAt => Date == PeriodDate.Start ? "start_of_day" : "end_of_day";
}

/// <summary>A CBS table that holds population counts, and how to read them.</summary>
/// <param name="TableId">CBS table id.</param>
/// <param name="PeriodType">The period type code to import (<c>MM</c> months, <c>JJ</c> years).</param>
/// <param name="Topics">The topics to import.</param>
public sealed record PopulationTable(string TableId, string PeriodType, IReadOnlyList<PopulationTopic> Topics)
{
    /// <summary>37230ned, "Bevolkingsontwikkeling; regio per maand": population at the start and end of each month.</summary>
    public static PopulationTable Monthly { get; } = new("37230ned", "MM",
    [
        new("BevolkingAanHetBeginVanDePeriode", PeriodDate.Start),
        new("BevolkingAanHetEindeVanDePeriode", PeriodDate.End),
    ]);

    /// <summary>03759ned, "Bevolking op 1 januari en gemiddeld": population on 1 January (totals over sex, age, marital status).</summary>
    public static PopulationTable OnFirstJanuary { get; } = new("03759ned", "JJ",
    [
        new("BevolkingOp1Januari", PeriodDate.Start),
    ]);

    /// <summary>Both tables, the monthly one first.</summary>
    public static IReadOnlyList<PopulationTable> All { get; } = [Monthly, OnFirstJanuary];
}
