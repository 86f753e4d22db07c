using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.Population;

/// <summary>An <see cref="ILogger{T}"/> that writes to another logger (the pipeline's lines under the population import's category).</summary>
internal sealed class ForwardingLogger<T>(ILogger inner) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        inner.Log(logLevel, eventId, state, exception, formatter);
}
