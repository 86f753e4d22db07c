using Microsoft.Extensions.Logging;

namespace DutchTechZone.Tests.Cbs;

/// <summary>One captured log entry with its structured values.</summary>
internal sealed record CapturedLog(LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values);

/// <summary>An <see cref="ILogger{T}"/> that keeps every entry, for assertions on structured log lines.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<CapturedLog> _entries = [];

    public IReadOnlyList<CapturedLog> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(p => p.Key, p => p.Value)
            : new Dictionary<string, object?>();
        lock (_entries)
        {
            _entries.Add(new CapturedLog(logLevel, formatter(state, exception), values));
        }
    }
}
