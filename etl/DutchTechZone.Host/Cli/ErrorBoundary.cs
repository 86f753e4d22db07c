using System.Data.Common;
using System.Net.Sockets;
using DutchTechZone.Database;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Intake;
using DutchTechZone.Etl.Hygiene;
using DutchTechZone.Host.Composition;
using DutchTechZone.Migrations;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// The top-level error boundary of <c>dtz</c>: classifies any failure as configuration, busy, transient (database,
/// CBS, file system), missing figures or a bug, with one short Dutch line (no stack trace) and its exit code.
/// </summary>
public static class ErrorBoundary
{
    /// <summary>A classified failure: what to print and which exit code to return.</summary>
    public sealed record Failure(int ExitCode, string Message);

    public static Failure Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var e = exception is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : exception;
        var text = SafeText.Message(e.Message);
        return e switch
        {
            BudgetUnavailableException => new(ExitCodes.NoFigures, text),
            DtzConfigurationException or BudgetConfigurationException => new(ExitCodes.Configuration, "Configuratiefout: " + text),
            IntakeBusyException => new(ExitCodes.Busy, "Bezig: " + text),
            InvalidOperationException when ConfigurationBindingError.TryDescribe(e, out var setting) => new(ExitCodes.Configuration, "Configuratiefout: " + setting),
            _ when DataErrors.IsBusy(e) => new(ExitCodes.Busy, "Bezig: het warehouse wordt door een ander proces gebruikt; probeer het straks opnieuw (" + text + ")"),
            MigrationFailedException => new(ExitCodes.Failure, "Migratie mislukt: " + text),
            DbException or TimeoutException or SocketException => new(ExitCodes.Failure, "Databasefout (tijdelijk; probeer het later opnieuw): " + text),
            CbsException or CbsPullInterruptedException or HttpRequestException => new(ExitCodes.Failure, "CBS-fout (tijdelijk; probeer het later opnieuw): " + text),
            OperationCanceledException { InnerException: TimeoutException } =>
                new(ExitCodes.Failure, "Time-out: een verzoek duurde te lang (tijdelijk; probeer het later opnieuw)."),   // HttpClient.Timeout, not the operator
            // Ctrl-C or SIGTERM: the framework's "A task was canceled." is no news to the operator, and English.
            OperationCanceledException => new(ExitCodes.Failure, "Afgebroken (Ctrl-C of stopsignaal) voordat de opdracht klaar was; een lopende lading is teruggedraaid, start de opdracht opnieuw."),
            FileNotFoundException or FileLoadException when e.Message.Contains("assembly", StringComparison.OrdinalIgnoreCase) =>
                new(ExitCodes.Bug, "Installatiefout (een onderdeel van dtz ontbreekt): " + text),
            UnauthorizedAccessException => new(ExitCodes.Configuration, "Geen toegang: " + text),
            IOException => new(ExitCodes.Failure, "Bestandsfout: " + text),
            _ => new(ExitCodes.Bug, $"Interne fout ({e.GetType().Name}): {text}"),
        };
    }
}
