namespace DutchTechZone.Etl.Checks;

/// <summary>The result of one check in a run.</summary>
/// <param name="Status"><c>pass</c>, <c>warn</c>, <c>fail</c> or <c>skip</c> (not applicable, e.g. freshness of bundled-sample figures).</param>
/// <param name="Sample">The first failing rows (at most <see cref="WarehouseChecker.SampleSize"/>), each naming its row.</param>
/// <param name="Message">A Dutch explanation (freshness: the age and the thresholds).</param>
public sealed record CheckOutcome(string Name, string Category, string Status, int FailingRows, IReadOnlyList<string> Sample, string? Message);
