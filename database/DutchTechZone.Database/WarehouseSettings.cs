namespace DutchTechZone.Database;

/// <summary>Where the warehouse is: provider and connection string.</summary>
/// <param name="Provider">The database kind.</param>
/// <param name="ConnectionString">An ADO.NET connection string for that provider; may hold a password.</param>
public sealed record WarehouseSettings(WarehouseProvider Provider, string ConnectionString)
{
    /// <summary>The connection string with any password replaced by <c>***</c>, safe for output and logs.</summary>
    public string RedactedConnectionString => ConnectionStringRedactor.Redact(ConnectionString);

    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"{WarehouseProviderNames.NameOf(Provider)}: {RedactedConnectionString}";
}
