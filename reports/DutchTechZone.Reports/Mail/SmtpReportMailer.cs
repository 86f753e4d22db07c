using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;
using Polly;
using Polly.Retry;

namespace DutchTechZone.Reports.Mail;

/// <summary>
/// Sends one message over SMTP with MailKit. Transient failures (connection refused or dropped, timeouts, 4xx answers
/// to the whole transaction) are retried with backoff; a recipient the server refuses does not stop the others: it is
/// reported in the outcome. Authentication and TLS errors are configuration errors and are not retried.
/// </summary>
public sealed class SmtpReportMailer(ReportMailSettings settings, ILogger<SmtpReportMailer> logger)
{
    public async Task<MailOutcome> SendAsync(MimeMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var pipeline = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            MaxRetryAttempts = Math.Max(0, settings.MaxAttempts - 1),
            Delay = settings.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            OnRetry = a =>
            {
                logger.LogWarning("SMTP {Server}: poging {Attempt} mislukt ({Error}); opnieuw over {Delay:0.0} s",
                    $"{settings.Host}:{settings.Port}", a.AttemptNumber + 1, a.Outcome.Exception?.Message, a.RetryDelay.TotalSeconds);
                return ValueTask.CompletedTask;
            },
        }).Build();

        var attempts = 0;
        try
        {
            return await pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                return await SendOnceAsync(message, attempts, token);
            }, ct);
        }
        catch (AuthenticationException e)
        {
            throw new ReportConfigurationException($"SMTP-aanmelding geweigerd door {settings.Host} voor gebruiker {settings.User}: controleer DTZ__Smtp__User en DTZ__Smtp__Password.", e);
        }
        catch (SslHandshakeException e)
        {
            throw new ReportConfigurationException($"TLS met {settings.Host}:{settings.Port} mislukt: controleer DTZ__Smtp__Security ({settings.Security}) en DTZ__Smtp__Port.", e);
        }
        catch (Exception e) when (IsTransient(e))
        {
            throw new ReportDeliveryException(
                $"SMTP-server {settings.Host}:{settings.Port} niet bereikbaar of weigert tijdelijk ({attempts} poging(en)): {e.Message}. De rapportage is niet verzonden.", e);
        }
        catch (NotSupportedException e)
        {
            throw new ReportConfigurationException($"{settings.Host}:{settings.Port} ondersteunt {settings.Security} of aanmelden niet: controleer DTZ__Smtp__Security en DTZ__Smtp__Port ({e.Message}).", e);
        }
    }

    private async Task<MailOutcome> SendOnceAsync(MimeMessage message, int attempt, CancellationToken ct)
    {
        using var client = new TrackingSmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host ?? throw new ReportConfigurationException("SMTP-server ontbreekt: zet DTZ__Smtp__Host."), settings.Port, settings.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        }, ct);
        if (settings.User is not null)
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
        }

        var all = message.To.Mailboxes.Concat(message.Cc.Mailboxes).Concat(message.Bcc.Mailboxes).Select(m => m.Address).ToList();
        try
        {
            await client.SendAsync(message, ct);
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted || client.Refused.Count == all.Count)
        {
            // Every recipient refused: nothing was sent; the outcome says why per recipient.
            return new MailOutcome(null, [], client.Refused.Count > 0 ? client.Refused.ToList() : [.. all.Select(a => new RefusedRecipient(a, (int)e.StatusCode, e.Message))], attempt);
        }

        try
        {
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (e is IOException or SocketException or ServiceNotConnectedException or SmtpProtocolException)
        {
            // The message was accepted already; a failing QUIT must not send it again.
            logger.LogDebug(e, "SMTP QUIT mislukt na verzending");
        }

        var refused = client.Refused.Select(r => r.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new MailOutcome(message.MessageId, all.Where(a => !refused.Contains(a)).ToList(), client.Refused.ToList(), attempt);
    }

    private static bool IsTransient(Exception e) => e switch
    {
        SmtpCommandException c => (int)c.StatusCode is >= 400 and < 500 && c.ErrorCode != SmtpErrorCode.RecipientNotAccepted,
        SmtpProtocolException or ServiceNotConnectedException or SocketException or TimeoutException => true,
        IOException => true,
        _ => false,
    };

    /// <summary>Collects refused recipients instead of failing the whole message on the first one.</summary>
    private sealed class TrackingSmtpClient : SmtpClient
    {
        public List<RefusedRecipient> Refused { get; } = [];

        protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response) =>
            Refused.Add(new RefusedRecipient(mailbox.Address, (int)response.StatusCode, response.Response));
    }
}
