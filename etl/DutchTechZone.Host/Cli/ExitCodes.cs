namespace DutchTechZone.Host.Cli;

/// <summary>The exit codes of <c>dtz</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>The pipeline itself failed (database down, CBS unreachable, a migration failed, bad configuration).</summary>
    public const int Failure = 1;

    /// <summary><c>budget</c>: the year has no population figures.</summary>
    public const int NoFigures = 2;

    /// <summary><c>ingest</c>: at least one file was rejected.</summary>
    public const int Rejected = 3;

    /// <summary><c>check</c>: no check failed, but at least one warned (e.g. a source older than its warn threshold).</summary>
    public const int Warning = 4;
}
