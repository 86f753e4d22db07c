using DutchTechZone.Etl.Population;

namespace DutchTechZone.Etl.UseCases;

/// <summary>
/// Use case: pull the configured CBS tables once (live, or the bundled snapshot when offline). A table whose
/// <c>Modified</c> stamp and request are unchanged is skipped; one failing table does not stop the others.
/// </summary>
public sealed class ImportCbsTables(PopulationImporterFactory importers)
{
    public async Task<CbsImportOutcome> ExecuteAsync(bool offline, CancellationToken ct = default) =>
        new(await importers.Create(offline).ImportAsync(ct));
}

/// <summary>The outcome of one CBS import run: one result per table.</summary>
public sealed record CbsImportOutcome(IReadOnlyList<TableImportResult> Tables)
{
    /// <summary>True when a table could not be imported (CBS or the database failed): a transient fault to retry.</summary>
    public bool AnyFailed => Tables.Any(t => t.Status == "failed");

    /// <summary>Fact rows inserted or changed, over all tables.</summary>
    public long RowsWritten => Tables.Sum(t => t.RowsWritten);

    /// <summary>True when the warehouse changed (the budgets should be recomputed).</summary>
    public bool ChangedData => RowsWritten > 0;
}
