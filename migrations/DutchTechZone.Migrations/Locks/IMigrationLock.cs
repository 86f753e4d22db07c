namespace DutchTechZone.Migrations.Locks;

/// <summary>
/// Held around an upgrade so that two processes migrating the same database at once take turns:
/// DbUp itself does not lock. Disposing releases it.
/// </summary>
internal interface IMigrationLock : IAsyncDisposable
{
}
