namespace DutchTechZone.Database;

/// <summary>
/// Rows of a load found no member in a dimension (a theme, funding source or municipality the warehouse lacks): the
/// data is at fault, not the database, and loading it again will fail the same way.
/// </summary>
public sealed class MissingDimensionMemberException : InvalidOperationException
{
    public MissingDimensionMemberException() { }

    public MissingDimensionMemberException(string message) : base(message) { }

    public MissingDimensionMemberException(string message, Exception inner) : base(message, inner) { }
}
