namespace DutchTechZone.Etl.Intake;

/// <summary>Another intake holds the drop folder's lock; this run processed nothing.</summary>
public sealed class IntakeBusyException : IOException
{
    public IntakeBusyException() : base("Another intake is processing the drop folder.") { }

    public IntakeBusyException(string message) : base(message) { }

    public IntakeBusyException(string message, Exception inner) : base(message, inner) { }
}
