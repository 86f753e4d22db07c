namespace DutchTechZone.Database;

/// <summary>Another process held the warehouse's load lock for longer than the configured wait; nothing was written.</summary>
public sealed class WarehouseBusyException : TimeoutException
{
    public WarehouseBusyException() : base("Another process is loading into the warehouse.") { }

    public WarehouseBusyException(string message) : base(message) { }

    public WarehouseBusyException(string message, Exception inner) : base(message, inner) { }
}
