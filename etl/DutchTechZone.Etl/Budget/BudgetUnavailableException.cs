namespace DutchTechZone.Etl.Budget;

/// <summary>The year's contributions cannot be computed: population figures are missing (named in the message).</summary>
public sealed class BudgetUnavailableException : Exception
{
    public BudgetUnavailableException() { }

    public BudgetUnavailableException(string message) : base(message) { }

    public BudgetUnavailableException(string message, Exception inner) : base(message, inner) { }
}
