namespace DutchTechZone.Host.Composition;

/// <summary>The configuration is incomplete or invalid; the message names the setting.</summary>
public sealed class DtzConfigurationException : Exception
{
    public DtzConfigurationException() { }

    public DtzConfigurationException(string message) : base(message) { }

    public DtzConfigurationException(string message, Exception inner) : base(message, inner) { }
}
