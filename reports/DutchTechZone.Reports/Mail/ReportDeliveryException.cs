namespace DutchTechZone.Reports.Mail;

/// <summary>
/// The SMTP server could not be reached or kept failing after the retries (a transient fault: a scheduled job should
/// fail and be retried later). The message is Dutch and names the server, never the password.
/// </summary>
public sealed class ReportDeliveryException : Exception
{
    public ReportDeliveryException()
    {
    }

    public ReportDeliveryException(string message)
        : base(message)
    {
    }

    public ReportDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
