namespace DutchTechZone.Database.Loaders;

/// <summary>The status of an <c>etl_import</c> row (stored as its lower-case name, e.g. <c>loaded</c>).</summary>
public enum ImportStatus
{
    /// <summary>Started and not yet finished (or the process died: the next run of the source marks it <see cref="Interrupted"/>).</summary>
    Running,

    /// <summary>Rows were written.</summary>
    Loaded,

    /// <summary>A CBS table unchanged since the last load, or not taken.</summary>
    Skipped,

    /// <summary>A file identical to one already loaded whose rows are still in force.</summary>
    Duplicate,

    /// <summary>A file refused for its content; its errors are in <c>etl_rejection</c>.</summary>
    Rejected,

    /// <summary>The pipeline failed (database or CBS down, warehouse busy); the source is tried again on the next run.</summary>
    Failed,

    /// <summary>Left <see cref="Running"/> by a process that died or lost its database; closed by a later run.</summary>
    Interrupted,
}

/// <summary>The stored names of <see cref="ImportStatus"/>.</summary>
public static class ImportStatusNames
{
    /// <summary>The name stored in <c>etl_import.status</c>.</summary>
    public static string NameOf(ImportStatus status) => status switch
    {
        ImportStatus.Running => "running",
        ImportStatus.Loaded => "loaded",
        ImportStatus.Skipped => "skipped",
        ImportStatus.Duplicate => "duplicate",
        ImportStatus.Rejected => "rejected",
        ImportStatus.Failed => "failed",
        ImportStatus.Interrupted => "interrupted",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
