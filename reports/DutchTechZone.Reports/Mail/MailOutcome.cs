namespace DutchTechZone.Reports.Mail;

/// <summary>What the SMTP server did with one message: the recipients it accepted and those it refused (with its answer).</summary>
public sealed record MailOutcome(string? MessageId, IReadOnlyList<string> Accepted, IReadOnlyList<RefusedRecipient> Refused, int Attempts);

/// <summary>A recipient the server refused, with the server's status code and text.</summary>
public sealed record RefusedRecipient(string Address, int StatusCode, string Reason);
