using System.Data.Common;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// A set-based step a regional-figures load runs after its merge, inside its transaction (the cells it merged are
/// there), whose outcome the import row records instead of the cell counts: e.g. the population counts derived from the
/// cells of 37230ned / 03759ned (<see cref="PopulationDerivation"/>).
/// </summary>
public interface IRegionalLoadStep
{
    /// <summary>The request fingerprint to record on the import row (null: the pipeline's own).</summary>
    string? RequestFingerprint { get; }

    /// <summary>Runs the step; returns what the import row records.</summary>
    Task<LoadStepResult> RunAsync(DbConnection connection, DbTransaction transaction, long sourceKey, string origin, DateTimeOffset loadedAt, CancellationToken ct);
}

/// <summary>What a load step read, wrote and found unchanged (the reconciliation columns of <c>etl_import</c>).</summary>
public sealed record LoadStepResult(long CellsRead, long RowsWritten, long RowsUnchanged);
