using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Storage;

namespace DutchTechZone.Reports.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer library) on 127.0.0.1 and a free port, in process: it keeps every message it
/// accepts, can refuse chosen recipients (550) and can fail the next transactions with 451 (a transient fault).
/// </summary>
public sealed class LoopbackSmtpServer : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;

    public LoopbackSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new Filter(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Messages accepted, with the envelope recipients (RCPT TO) each was accepted for.</summary>
    public ConcurrentQueue<(MimeMessage Message, IReadOnlyList<string> Envelope)> Received { get; } = new();

    /// <summary>Recipients answered with 550 at RCPT TO.</summary>
    public ISet<string> Refuse { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many of the next transactions fail with 451 after DATA.</summary>
    public int FailNextTransactions { get; set; }

    /// <summary>Configuration for the report's SMTP settings pointing here (plain SMTP).</summary>
    public Dictionary<string, string?> Settings(string to) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Report:From"] = "rapportage@dutchtechzone.test",
        ["Report:To"] = to,
        ["Report:RetryDelay"] = "00:00:00.050",
    };

    public void Dispose()
    {
        _stop.Cancel();
        _server.Shutdown();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Cancelled on purpose.
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(LoopbackSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpServer.Protocol.SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (owner.FailNextTransactions > 0)
            {
                owner.FailNextTransactions--;
                return new SmtpServer.Protocol.SmtpResponse((SmtpServer.Protocol.SmtpReplyCode)451, "4.3.0 try again later");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            owner.Received.Enqueue((message, transaction.To.Select(m => $"{m.User}@{m.Host}").ToList()));
            return SmtpServer.Protocol.SmtpResponse.Ok;
        }
    }

    private sealed class Filter(LoopbackSmtpServer owner) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!owner.Refuse.Contains($"{to.User}@{to.Host}"));
    }
}
