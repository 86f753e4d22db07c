using DutchTechZone.Etl.Cbs;

namespace DutchTechZone.Tests.Cbs;

/// <summary>A <see cref="CbsFeedClient"/> over a real HttpClient, with tiny retry delays for tests.</summary>
internal sealed class CbsTestClient : IDisposable
{
    private readonly HttpClient _http;

    public CbsTestClient(Uri baseAddress, int maxRetries = 4, TimeSpan? requestTimeout = null, HttpMessageHandler? handler = null)
    {
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        Options = new CbsOptions
        {
            BaseAddress = baseAddress,
            MaxRetries = maxRetries,
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(30),
        };
        Client = new CbsFeedClient(_http, Options, TimeProvider.System, Logger);
    }

    public CbsOptions Options { get; }

    public CapturingLogger<CbsFeedClient> Logger { get; } = new();

    public CbsFeedClient Client { get; }

    public static async Task<List<CbsRow>> ToListAsync(IAsyncEnumerable<CbsRow> rows)
    {
        var list = new List<CbsRow>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }

        return list;
    }

    public void Dispose() => _http.Dispose();
}
