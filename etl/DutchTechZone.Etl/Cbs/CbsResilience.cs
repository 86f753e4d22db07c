using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// The Polly pipeline around one request (one page): per-attempt timeout inside an exponential, jittered retry on
/// 429 (honouring Retry-After), 408, 5xx, timeouts, connection resets and truncated JSON.
/// </summary>
internal static class CbsResilience
{
    /// <summary>The URL of the request, for the retry log line.</summary>
    public static readonly ResiliencePropertyKey<Uri> UrlKey = new("cbs.url");

    public static ResiliencePipeline Create(CbsOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time, Name = "cbs-feed" };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && IsTransient(e, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is CbsTransientHttpException { RetryAfter: { } wait }
                        ? (TimeSpan?)Clamp(wait, options.MaxRetryAfter)
                        : null),
                OnRetry = args =>
                {
                    args.Context.Properties.TryGetValue(UrlKey, out var url);
                    logger.LogWarning(
                        "CBS request {Url} failed ({Reason}); retry {Attempt} of {MaxRetries} in {Delay}",
                        url,
                        Describe(args.Outcome.Exception),
                        args.AttemptNumber + 1,
                        options.MaxRetries,
                        args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddTimeout(options.RequestTimeout);
        return builder.Build();
    }

    /// <summary>
    /// True for failures a later attempt can fix. A cancellation is transient only when the caller did not ask
    /// for it (HttpClient's own timeout).
    /// </summary>
    public static bool IsTransient(Exception exception, CancellationToken callerToken) => exception switch
    {
        CbsTransientHttpException => true,
        TimeoutRejectedException => true,
        HttpRequestException => true,
        IOException => true,
        JsonException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>Reads <c>Retry-After</c> as seconds or as an HTTP date.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider time)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static TimeSpan Clamp(TimeSpan wait, TimeSpan max) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;

    private static string Describe(Exception? e) => e is null ? "no exception" : $"{e.GetType().Name}: {e.Message}";
}
