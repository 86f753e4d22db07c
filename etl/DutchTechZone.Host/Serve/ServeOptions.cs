namespace DutchTechZone.Host.Serve;

/// <summary>Settings of <c>dtz serve</c> (configuration section <c>Serve</c>).</summary>
public sealed class ServeOptions
{
    /// <summary>Where the host listens. Default loopback only: <c>http://127.0.0.1:5080</c>.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// User name that, with <see cref="Password"/>, opens the dashboard and the upload form to requests from other
    /// machines (HTTP Basic; put TLS in front). Without both, those pages answer local requests only.
    /// </summary>
    public string? User { get; set; }

    /// <summary>The password for <see cref="User"/>: from the environment only (<c>DTZ__Serve__Password</c>).</summary>
    public string? Password { get; set; }

    /// <summary>The largest file the upload form takes. Default 20 MB.</summary>
    public long UploadLimitBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Hangfire workers in this process. Default 2.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>How long a running job may take to finish at shutdown before it is left to be retried. Default 30 s.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Import CBS from the bundled snapshot instead of the live service (a machine without internet). Default false.</summary>
    public bool CbsOffline { get; set; }

    /// <summary>Also enqueue a scan the moment a file appears in <c>incoming/</c> (file-system watcher). Default true.</summary>
    public bool WatchDropFolder { get; set; } = true;
}
