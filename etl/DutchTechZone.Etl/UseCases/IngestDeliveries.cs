using DutchTechZone.Etl.Intake;

namespace DutchTechZone.Etl.UseCases;

/// <summary>
/// Use case: process the delivered partner files — the drop folder's <c>incoming/</c>, or given files (copied in).
/// A busy drop folder (another run holds it) is an outcome, not an error.
/// </summary>
public sealed class IngestDeliveries(DropFolderIngestor ingestor)
{
    /// <summary>Processes every ready file in <c>incoming/</c> once.</summary>
    public async Task<IngestOutcome> ScanAsync(CancellationToken ct = default)
    {
        try
        {
            return new IngestOutcome(await ingestor.IngestFolderAsync(ct), null);
        }
        catch (IntakeBusyException e)
        {
            return new IngestOutcome([], e.Message);
        }
    }

    /// <summary>Processes the given files; the originals stay where they are.</summary>
    public async Task<IngestOutcome> IngestFilesAsync(IReadOnlyList<string> paths, CancellationToken ct = default)
    {
        try
        {
            return new IngestOutcome(await ingestor.IngestFilesAsync(paths, ct), null);
        }
        catch (IntakeBusyException e)
        {
            return new IngestOutcome([], e.Message);
        }
    }
}

/// <summary>The outcome of one intake run.</summary>
/// <param name="Files">What happened to each file.</param>
/// <param name="BusyMessage">Set when another run held the drop folder and this one did nothing.</param>
public sealed record IngestOutcome(IReadOnlyList<IngestResult> Files, string? BusyMessage)
{
    public bool Busy => BusyMessage is not null;

    /// <summary>True when the pipeline itself failed on a file (database down): the file is back in incoming/, a transient fault.</summary>
    public bool AnyFailed => Files.Any(f => f.Status == IngestStatus.Failed);

    public bool AnyRejected => Files.Any(f => f.Status == IngestStatus.Rejected);

    /// <summary>True when at least one file was loaded (the budgets should be recomputed).</summary>
    public bool ChangedData => Files.Any(f => f.Status == IngestStatus.Loaded);
}
