namespace DutchTechZone.Etl.UseCases;

/// <summary>
/// Use case: the main job once — import CBS, process the drop folder, recompute every configured budget year
/// (the caller has migrated the warehouse).
/// </summary>
public sealed class RunPipeline(ImportCbsTables cbs, IngestDeliveries intake, RecomputeBudgets budgets)
{
    public async Task<PipelineOutcome> ExecuteAsync(bool offline, CancellationToken ct = default)
    {
        var imported = await cbs.ExecuteAsync(offline, ct);
        var ingested = await intake.ScanAsync(ct);
        var recomputed = await budgets.ExecuteAsync(ct);
        return new PipelineOutcome(imported, ingested, recomputed);
    }
}

/// <summary>The outcome of one main-job run.</summary>
public sealed record PipelineOutcome(CbsImportOutcome Cbs, IngestOutcome Intake, BudgetRecomputeOutcome Budgets)
{
    /// <summary>True when a CBS table or a file could not be processed (rejected files are not failures).</summary>
    public bool AnyFailed => Cbs.AnyFailed || Intake.AnyFailed;
}
