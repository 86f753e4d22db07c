namespace DutchTechZone.Migrations;

/// <summary>What an upgrade did: the scripts it applied this run (none when the schema was current).</summary>
public sealed record MigrationResult(IReadOnlyList<string> AppliedScripts);
