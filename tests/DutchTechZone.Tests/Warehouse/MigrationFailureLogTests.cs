using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Tests.Warehouse;

/// <summary>
/// Issue #8 §1: a migration that fails for the database's sake (here a warehouse file that is no database; in the
/// reliability suite a PostgreSQL server stopped during <c>ingest</c>'s migrate) logs one short line at error level;
/// DbUp's exception text with its stack trace is logged at debug level only (<c>--verbose</c>).
/// </summary>
public sealed class MigrationFailureLogTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task DbUpsStackTraceIsNeverLoggedAboveDebug()
    {
        var database = _temp.Combine("warehouse.db");
        await File.WriteAllBytesAsync(database, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        var log = new ListLogger();

        await Assert.ThrowsAsync<MigrationFailedException>(() =>
            new WarehouseMigrator(MigrationProvider.Sqlite, $"Data Source={database}", log).MigrateAsync());

        var errors = log.Lines.Where(l => l.Level >= LogLevel.Warning).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, l => Assert.DoesNotContain("   at ", l.Message, StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Level == LogLevel.Debug && l.Message.Contains("   at ", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }
}
