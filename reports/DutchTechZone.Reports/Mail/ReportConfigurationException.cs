namespace DutchTechZone.Reports.Mail;

/// <summary>The report cannot be sent as configured (a missing or wrong setting); the message is Dutch and names the setting.</summary>
public sealed class ReportConfigurationException : Exception
{
    public ReportConfigurationException()
    {
    }

    public ReportConfigurationException(string message)
        : base(message)
    {
    }

    public ReportConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
