using DutchTechZone.Etl.Budget;

namespace DutchTechZone.Etl.Lineage;

/// <summary>The lineage of a year's budget as <c>dtz explain budget --json</c> prints it.</summary>
public sealed record BudgetExplanation(
    int Year,
    string? Municipality,
    IReadOnlyList<FigureLineage> Contributions,
    IReadOnlyList<FigureLineage> Resources,
    IReadOnlyList<FigureLineage> BudgetLines,
    IReadOnlyList<FigureLineage> Spending,
    IReadOnlyList<ContributionChangeSummary> Changes);

/// <summary>One figure and its source: a CBS table (<see cref="Cbs"/>) or a file cell (<see cref="File"/>).</summary>
/// <param name="Item">Contribution: status; resource: funding source; budget line and spending: activity.</param>
/// <param name="Detail">Resource: kind; budget line: funding source; spending: Verplicht/Betaald.</param>
/// <param name="Frozen">Contributions: true when the amount was invoiced (the provisional contribution of an adopted
/// budget from CBS figures) and is frozen by the budget rules: a later CBS revision or rate change is recorded, not
/// applied. False: the amount follows the figures and the rate (each change recorded). Null for other figures.</param>
/// <param name="Changes">Contributions: the recorded changes of this stored contribution (before, after, why, when,
/// applied or not), oldest first; empty when it never changed. Null for other figures.</param>
public sealed record FigureLineage(
    string Figure, string? CbsCode, string? Municipality, string? Partner, string? Item, string? Detail,
    decimal Amount, long? Inhabitants, CbsLineage? Cbs, FileLineage? File,
    bool? Frozen = null, IReadOnlyList<ContributionChangeSummary>? Changes = null);

/// <summary>A CBS table: id, origin (CBS or bundled sample), period, CBS status, Modified stamp, when loaded, the import.</summary>
public sealed record CbsLineage(string Table, string Origin, string? Period, string? CbsStatus, DateTimeOffset? Modified, DateTimeOffset LoadedAt, long? ImportId);

/// <summary>A delivered file cell: file, sheet, row (as Excel shows it), SHA-256, received at, loaded at, the import, and the deliveries it replaced.</summary>
public sealed record FileLineage(string FileName, string? Sheet, long? Row, string? Sha256, DateTimeOffset? ReceivedAt, DateTimeOffset LoadedAt, long? ImportId, string? Replaces);
