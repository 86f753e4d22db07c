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

    /// <summary>
    /// How often a pull that keeps failing after <see cref="MaxRetries"/> is resumed from its failed page within one
    /// run (configuration <c>Cbs:MaxResumes</c>). Default 2; 0 disables resuming.
    /// </summary>
    public int MaxResumes { get; set; } = 2;

    /// <summary>The wait before such a resume (<c>Cbs:ResumeDelay</c>). Default 30 seconds.</summary>
    public TimeSpan ResumeDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The overall deadline of one table: from its <c>TableInfos</c> request (the start of a table import) to its last
    /// page, retries, resumes and waits included (<c>Cbs:TableDeadline</c>). Past it the table fails with a
    /// <see cref="CbsException"/>, not retried. Default 30 minutes.
    /// </summary>
    public TimeSpan TableDeadline { get; set; } = TimeSpan.FromMinutes(30);
}
