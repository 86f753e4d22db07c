namespace DutchTechZone.Host.Serve.Jobs;

/// <summary>
/// A job could not finish for a passing reason (CBS or the database down): it fails so that Hangfire retries it
/// with backoff. The message says what failed; nothing was half-loaded.
/// </summary>
public sealed class TransientJobFailureException : Exception
{
    public TransientJobFailureException()
    {
    }

    public TransientJobFailureException(string message)
        : base(message)
    {
    }

    public TransientJobFailureException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
