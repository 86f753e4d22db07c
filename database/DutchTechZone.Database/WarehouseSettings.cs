namespace DutchTechZone.Database;

/// <summary>Where the warehouse is: provider and connection string.</summary>
/// <param name="Provider">The database kind.</param>
/// <param name="ConnectionString">An ADO.NET connection string for that provider; may hold a password.</param>
public sealed record WarehouseSettings(WarehouseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// When set, how long a statement waits for another writer's lock before it fails as busy, whatever the connection
    /// string says (SQLite: its busy wait, otherwise the connection's <c>Default Timeout</c>). Null: the connection string decides.
    /// </summary>
    public TimeSpan? LockWait { get; init; }

    /// <summary>The connection string with any password replaced by <c>***</c>, safe for output and logs.</summary>
    public string RedactedConnectionString => ConnectionStringRedactor.Redact(ConnectionString);

    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{WarehouseProviderNames.NameOf(Provider)}: {RedactedConnectionString}";
}
