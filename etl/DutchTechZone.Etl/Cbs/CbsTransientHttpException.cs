using System.Net;

namespace DutchTechZone.Etl.Cbs;

/// <summary>A retryable HTTP answer (429, 408, 5xx), with the server's <c>Retry-After</c> if it sent one.</summary>
internal sealed class CbsTransientHttpException : Exception
{
    public CbsTransientHttpException(HttpStatusCode statusCode, Uri url, TimeSpan? retryAfter)
        : base($"HTTP {(int)statusCode} {statusCode} van {url}")
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public HttpStatusCode StatusCode { get; }

    public TimeSpan? RetryAfter { get; }
}
