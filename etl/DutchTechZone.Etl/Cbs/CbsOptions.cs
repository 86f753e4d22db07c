namespace DutchTechZone.Etl.Cbs;

/// <summary>Settings of <see cref="CbsFeedClient"/>.</summary>
public sealed class CbsOptions
{
    /// <summary>
    /// Root of the CBS v3 Feed service. Default <c>https://opendata.cbs.nl/ODataFeed/odata/</c>.
    /// Table URLs are built as <c>{BaseAddress}{tableId}/{entitySet}</c>; a missing trailing slash is added.
    /// </summary>
    public Uri BaseAddress { get; set; } = new("https://opendata.cbs.nl/ODataFeed/odata/");

    /// <summary>How often one request (one page) is retried after a transient failure. Default 6; 0 disables retries.</summary>
    public int MaxRetries { get; set; } = 6;

    /// <summary>First retry delay; later delays grow exponentially with jitter. Default 2 seconds.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Timeout of one attempt of one request, body included. Default 100 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Upper bound for a server's <c>Retry-After</c> wait. Default 5 minutes.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(5);
}
