namespace DutchTechZone.Host.Cli;

/// <summary>
/// The exit codes of <c>dtz</c>. Every failure is classified: transient (try again later), data (a file is at
/// fault), configuration (an option or setting is wrong: fix it first), busy (another run holds the lock) or a bug.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>Transient: the pipeline itself failed (database down, CBS unreachable, a migration failed). Retrying later may help.</summary>
    public const int Failure = 1;

    /// <summary><c>budget</c>: the year has no population figures.</summary>
    public const int NoFigures = 2;

    /// <summary>Data: <c>ingest</c> rejected at least one file.</summary>
    public const int Rejected = 3;

    /// <summary><c>check</c>: no check failed, but at least one warned (e.g. a source older than its warn threshold).</summary>
    public const int Warning = 4;

    /// <summary>Configuration: an option, setting or path is wrong (the message names it). Retrying will not help.</summary>
    public const int Configuration = 5;

    /// <summary>Busy: another run holds the drop folder or the warehouse load lock; nothing was done. Try again later.</summary>
    public const int Busy = 6;

    /// <summary>A bug: an unexpected failure. Run again with <c>--verbose</c> for the details and report it.</summary>
    public const int Bug = 70;
}
