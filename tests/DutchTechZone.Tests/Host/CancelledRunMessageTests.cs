using DutchTechZone.Host.Cli;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Hostile review: a run stopped by Ctrl-C or SIGTERM (<c>timeout</c>, <c>systemctl stop</c>) printed
/// "Afgebroken: A task was canceled." — the framework's English text on the operator's one Dutch line.
/// </summary>
public sealed class CancelledRunMessageTests
{
    public static TheoryData<Exception> Cancellations() =>
    [
        new TaskCanceledException(),
        new OperationCanceledException(),
        new AggregateException(new TaskCanceledException()),
    ];

    [Theory]
    [MemberData(nameof(Cancellations))]
    public void AStoppedRunIsOneDutchLineWithoutTheFrameworksEnglish(Exception cancelled)
    {
        var failure = ErrorBoundary.Classify(cancelled);

        Assert.Equal(ExitCodes.Failure, failure.ExitCode);
        Assert.StartsWith("Afgebroken", failure.Message, StringComparison.Ordinal);
        foreach (var english in new[] { "task", "canceled", "cancelled", "operation" })
        {
            Assert.DoesNotContain(english, failure.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void ATimedOutRequestIsNoStoppedRun()
    {
        var failure = ErrorBoundary.Classify(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException()));

        Assert.Equal(ExitCodes.Failure, failure.ExitCode);
        Assert.StartsWith("Time-out", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("HttpClient", failure.Message, StringComparison.Ordinal);
    }
}
