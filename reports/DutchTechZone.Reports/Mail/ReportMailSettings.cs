using MimeKit;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Reports.Mail;

/// <summary>
/// Where and how the board report is mailed: <c>Smtp:*</c> and <c>Report:*</c> (environment <c>DTZ__Smtp__Host</c>,
/// <c>DTZ__Smtp__Port</c>, <c>DTZ__Smtp__Security</c>, <c>DTZ__Smtp__User</c>, <c>DTZ__Smtp__Password</c>,
/// <c>DTZ__Report__From</c>, <c>DTZ__Report__To</c>). The password is never logged nor printed (<see cref="ToString"/>).
/// </summary>
public sealed record ReportMailSettings(
    string? Host,
    int Port,
    SmtpSecurity Security,
    string? User,
    string? Password,
    string? From,
    IReadOnlyList<string> To,
    int MaxAttempts,
    TimeSpan RetryDelay,
    TimeSpan Timeout)
{
    /// <summary>Reads the settings; a wrong value (port, security mode) is reported at once, missing ones by <see cref="Validate"/>.</summary>
    public static ReportMailSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var smtp = configuration.GetSection("Smtp");
        var report = configuration.GetSection("Report");
        var securityText = smtp["Security"];
        var security = SmtpSecurity.StartTls;
        if (!string.IsNullOrWhiteSpace(securityText) && !Enum.TryParse(securityText.Trim(), ignoreCase: true, out security))
        {
            throw new ReportConfigurationException($"DTZ__Smtp__Security is '{securityText}': kies None, StartTls of SslOnConnect.");
        }

        var port = security switch { SmtpSecurity.SslOnConnect => 465, SmtpSecurity.StartTls => 587, _ => 25 };
        if (smtp["Port"] is { Length: > 0 } portText &&
            (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new ReportConfigurationException($"DTZ__Smtp__Port is '{portText}': geef een poortnummer tussen 1 en 65535.");
        }

        var to = (report["To"] ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return new ReportMailSettings(
            Blank(smtp["Host"]),
            port,
            security,
            Blank(smtp["User"]),
            Blank(smtp["Password"]),
            Blank(report["From"]),
            to,
            report.GetValue<int?>("MaxAttempts") ?? 4,
            report.GetValue<TimeSpan?>("RetryDelay") ?? TimeSpan.FromSeconds(2),
            smtp.GetValue<TimeSpan?>("Timeout") ?? TimeSpan.FromSeconds(60));
    }

    /// <summary>Throws a short Dutch message naming the first missing or invalid setting.</summary>
    public void Validate()
    {
        if (Host is null)
        {
            throw new ReportConfigurationException("SMTP-server ontbreekt: zet DTZ__Smtp__Host (en zo nodig DTZ__Smtp__Port en DTZ__Smtp__Security).");
        }

        if (From is null)
        {
            throw new ReportConfigurationException("Afzender ontbreekt: zet DTZ__Report__From (bijvoorbeeld rapportage@dutchtechzone.nl).");
        }

        if (!IsAddress(From))
        {
            throw new ReportConfigurationException($"DTZ__Report__From '{From}' is geen e-mailadres.");
        }

        if (To.Count == 0)
        {
            throw new ReportConfigurationException("Ontvangers ontbreken: zet DTZ__Report__To (e-mailadressen gescheiden door komma's).");
        }

        if (To.FirstOrDefault(t => !IsAddress(t)) is { } bad)
        {
            throw new ReportConfigurationException($"DTZ__Report__To bevat '{bad}', geen e-mailadres.");
        }

        if (User is not null && Password is null)
        {
            throw new ReportConfigurationException("DTZ__Smtp__User is gezet maar DTZ__Smtp__Password ontbreekt (alleen via de omgeving).");
        }
    }

    /// <summary>Without the password.</summary>
    public override string ToString() =>
        $"smtp://{Host}:{Port} ({Security}{(User is null ? "" : ", gebruiker " + User)}), van {From} aan {To.Count} ontvanger(s)";

    // MimeKit accepts a bare local part ("bestuur"); a recipient outside this machine needs a domain.
    private static bool IsAddress(string text) =>
        MailboxAddress.TryParse(text, out var mailbox) && mailbox.Address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < mailbox.Address.Length - 1;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
