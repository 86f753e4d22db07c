namespace DutchTechZone.Etl.Budget;

/// <summary>The budget settings are missing or invalid; the message says which setting.</summary>
public sealed class BudgetConfigurationException : Exception
{
    public BudgetConfigurationException() { }

    public BudgetConfigurationException(string message) : base(message) { }

    public BudgetConfigurationException(string message, Exception inner) : base(message, inner) { }
}
