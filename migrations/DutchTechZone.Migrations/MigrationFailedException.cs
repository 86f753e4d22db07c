namespace DutchTechZone.Migrations;

/// <summary>An upgrade failed; <see cref="Script"/> names the script that did not apply.</summary>
public sealed class MigrationFailedException : Exception
{
    public MigrationFailedException() : this("Migration failed.") { }

    public MigrationFailedException(string message) : base(message) { }

    public MigrationFailedException(string message, Exception? inner) : base(message, inner) { }

    /// <summary>The failing script's name, e.g. <c>0004_reporting_views.sql</c>; empty when no script was at fault.</summary>
    public string Script { get; private init; } = "";

    /// <summary>A failure of one script, named in the message.</summary>
    public static MigrationFailedException ForScript(string script, Exception? inner) =>
        new($"Migration script '{script}' failed: {inner?.Message ?? "unknown error"}", inner) { Script = script };
}
