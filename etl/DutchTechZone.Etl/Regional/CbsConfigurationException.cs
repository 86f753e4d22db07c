namespace DutchTechZone.Etl.Regional;

/// <summary>A descriptor asks for something the table does not have (an unknown region level, no such category).</summary>
public sealed class CbsConfigurationException : Exception
{
    public CbsConfigurationException()
    {
    }

    public CbsConfigurationException(string message)
        : base(message)
    {
    }

    public CbsConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
