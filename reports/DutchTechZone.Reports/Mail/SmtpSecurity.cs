namespace DutchTechZone.Reports.Mail;

/// <summary><c>Smtp:Security</c>: how the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP (only for a relay on the same machine or network).</summary>
    None,

    /// <summary>Plain connect, then STARTTLS (required: fails when the server does not offer it). Port 587.</summary>
    StartTls,

    /// <summary>TLS from the first byte. Port 465.</summary>
    SslOnConnect,
}
