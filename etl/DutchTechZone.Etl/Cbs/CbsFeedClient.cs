using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Polly;

namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// Client of the CBS StatLine OData v3 Feed (<c>opendata.cbs.nl/ODataFeed</c>): table info, metadata, code lists and
/// data rows streamed a page at a time. Every request sends <c>$format=json</c> and <c>Accept: application/json</c>;
/// <c>odata.nextLink</c> is followed verbatim. Each request (page) is retried on its own (see <see cref="CbsOptions"/>),
/// so a failed page never restarts a pull.
/// </summary>
public sealed class CbsFeedClient
{
    /// <summary>How the message of a request that kept failing after all retries begins (a transient failure).</summary>
    public const string GaveUp = "verzoek mislukt";

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly CbsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CbsFeedClient> _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _deadlines = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the client. The options are read once, here.</summary>
    public CbsFeedClient(HttpClient http, CbsOptions options, TimeProvider time, ILogger<CbsFeedClient> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries);
        _http = http;
        _options = options;
        _time = time;
        _logger = logger;
        _pipeline = CbsResilience.Create(options, time, logger);
    }

    /// <summary>
    /// How often an interrupted pull over this client is resumed from its failed page (<c>Cbs:MaxResumes</c>): the one
    /// setting for every CBS pull, population and regional alike.
    /// </summary>
    public int MaxResumes => _options.MaxResumes;

    /// <summary>The wait before such a resume (<c>Cbs:ResumeDelay</c>), for every CBS pull.</summary>
    public TimeSpan ResumeDelay => _options.ResumeDelay;

    /// <summary>Reads the table's <c>TableInfos</c> row (<c>Modified</c> for change detection).</summary>
    /// <remarks>This request starts the table's overall deadline (<see cref="CbsOptions.TableDeadline"/>).</remarks>
    public async Task<CbsTableInfo> GetTableInfoAsync(string tableId, CancellationToken ct = default)
    {
        var url = Url(tableId, "TableInfos");
        _deadlines[tableId] = _time.GetUtcNow() + _options.TableDeadline;
        var rows = await ReadAllAsync(tableId, url, ct);
        return rows.Count > 0
            ? CbsMetadataReader.TableInfo(rows[0], tableId, url)
            : throw new CbsException(tableId, url, "TableInfos is leeg");
    }

    /// <summary>Reads the table's <c>DataProperties</c> (dimensions, topic groups and topics, in display order).</summary>
    public async Task<IReadOnlyList<CbsDataProperty>> GetDataPropertiesAsync(string tableId, CancellationToken ct = default)
    {
        var url = Url(tableId, "DataProperties");
        var rows = await ReadAllAsync(tableId, url, ct);
        return rows.Select(r => CbsMetadataReader.DataProperty(r, tableId, url)).ToArray();
    }

    /// <summary>Reads the code list of one dimension (<c>RegioS</c>, <c>Perioden</c>, …): keys trimmed, raw keys kept.</summary>
    public async Task<IReadOnlyList<CbsCode>> GetCodeListAsync(string tableId, string dimensionKey, CancellationToken ct = default)
    {
        var url = Url(tableId, dimensionKey);
        var rows = await ReadAllAsync(tableId, url, ct);
        return rows.Select(r => CbsMetadataReader.Code(r, tableId, url)).ToArray();
    }

    /// <summary>
    /// Streams the rows of a data set a page at a time, following <c>odata.nextLink</c> verbatim.
    /// <paramref name="filter"/> is an OData v3 filter (use raw, padded keys); <paramref name="select"/> the columns.
    /// </summary>
    /// <exception cref="CbsPullInterruptedException">A page kept failing; resume from its URL.</exception>
    /// <exception cref="CbsException">A non-transient failure (404, 400, not the v3 JSON shape).</exception>
    public IAsyncEnumerable<CbsRow> StreamAsync(
        string tableId,
        string entitySet = "TypedDataSet",
        string? filter = null,
        IReadOnlyList<string>? select = null,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entitySet);
        var url = CbsUrl.Build(_options.BaseAddress, CheckTableId(tableId), entitySet, filter, select);
        _deadlines.TryAdd(tableId, _time.GetUtcNow() + _options.TableDeadline);
        return PullAsync(tableId, url, ct);
    }

    /// <summary>Continues a pull from a page URL (<see cref="CbsPullInterruptedException.ResumeUrl"/>), that page included.</summary>
    public IAsyncEnumerable<CbsRow> ResumeAsync(Uri pageUrl, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (!pageUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The resume URL must be absolute.", nameof(pageUrl));
        }

        return PullAsync(CbsUrl.TableIdOf(pageUrl), pageUrl, ct);
    }

    /// <remarks>
    /// The next page is requested (and parsed) while the rows of the current one are consumed, so the network and the
    /// consumer's work overlap; at most two pages are in memory. Failures and cycles still surface in page order: after
    /// every row of the pages before them.
    /// </remarks>
    private async IAsyncEnumerable<CbsRow> PullAsync(string tableId, Uri firstPage, [EnumeratorCancellation] CancellationToken ct)
    {
        long rows = 0;
        var pages = 0;
        var visited = new HashSet<Uri> { firstPage };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var pageUrl = firstPage;
        Task<CbsPage>? pending = FetchPageAsync(tableId, firstPage, stop.Token);
        try
        {
            while (pending is not null)
            {
                CbsPage page;
                try
                {
                    page = await pending;
                }
                catch (Exception e) when (CbsResilience.IsTransient(e, ct))
                {
                    pending = null;
                    throw new CbsPullInterruptedException(tableId, pageUrl, rows, e);
                }

                pending = null;
                pages++;
                var next = page.NextLink;
                var cycle = next is not null && !visited.Add(next);
                if (next is not null && !cycle)
                {
                    pending = FetchPageAsync(tableId, next, stop.Token);
                }

                foreach (var row in page.Rows)
                {
                    rows++;
                    yield return row;
                }

                if (pages > 1 || next is not null)
                {
                    _logger.LogInformation(
                        "CBS pull {TableId}: page {Pages} done, {Rows} rows so far{More}",
                        tableId,
                        pages,
                        rows,
                        next is null ? " (last page)" : string.Empty);
                }

                if (cycle)
                {
                    throw new CbsException(tableId, next!, "odata.nextLink leidt terug naar een pagina die al gelezen is; het ophalen stopt in plaats van eindeloos rond te gaan");
                }

                if (next is not null)
                {
                    pageUrl = next;
                }
            }
        }
        finally
        {
            if (pending is not null)
            {
                // The consumer stopped early (or failed): the page asked for ahead is not wanted any more.
                await stop.CancelAsync();
                try
                {
                    await pending;
                }
                catch (Exception)
                {
                    // Its outcome does not matter: nobody reads that page.
                }
            }
        }
    }

    private async Task<List<CbsRow>> ReadAllAsync(string tableId, Uri url, CancellationToken ct)
    {
        var rows = new List<CbsRow>();
        Uri? next = url;
        var visited = new HashSet<Uri>();
        while (next is not null)
        {
            if (!visited.Add(next))
            {
                throw new CbsException(tableId, next, "odata.nextLink leidt terug naar een pagina die al gelezen is; gestopt in plaats van eindeloos rond te gaan");
            }

            CbsPage page;
            try
            {
                page = await FetchPageAsync(tableId, next, ct);
            }
            catch (Exception e) when (CbsResilience.IsTransient(e, ct))
            {
                throw new CbsException(tableId, next, $"{GaveUp} na {_options.MaxRetries} nieuwe pogingen: {e.Message}", e);
            }

            rows.AddRange(page.Rows);
            next = page.NextLink;
        }

        return rows;
    }

    /// <summary>One page with retries: the same URL is requested again, the body read whole and parsed.</summary>
    private async Task<CbsPage> FetchPageAsync(string tableId, Uri url, CancellationToken ct)
    {
        var deadline = _deadlines.TryGetValue(tableId, out var d) ? d : _deadlines.GetOrAdd(tableId, _time.GetUtcNow() + _options.TableDeadline);
        var remaining = deadline - _time.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            throw DeadlineExceeded(tableId, url);
        }

        using var deadlineSource = new CancellationTokenSource(remaining, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, deadlineSource.Token);
        var context = ResilienceContextPool.Shared.Get(linked.Token);
        context.Properties.Set(CbsResilience.UrlKey, url);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    var body = await state.Client.GetBodyAsync(state.TableId, state.Url, ctx.CancellationToken);
                    return CbsPage.Parse(body, state.TableId, state.Url);
                },
                context,
                (Client: this, TableId: tableId, Url: url));
        }
        catch (Exception e) when (deadlineSource.IsCancellationRequested && !ct.IsCancellationRequested && e is not CbsException)
        {
            throw DeadlineExceeded(tableId, url, e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<byte[]> GetBodyAsync(string tableId, Uri url, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(Json);
        _logger.LogDebug("GET {Url}", url);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (response.IsSuccessStatusCode)
        {
            return await response.Content.ReadAsByteArrayAsync(ct);
        }

        var status = response.StatusCode;
        if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500)
        {
            throw new CbsTransientHttpException(status, url, CbsResilience.RetryAfter(response.Headers.RetryAfter, _time));
        }

        throw new CbsException(tableId, url, $"HTTP {(int)status} {response.ReasonPhrase}", statusCode: status);
    }

    private CbsException DeadlineExceeded(string tableId, Uri url, Exception? inner = null) =>
        new(tableId, url, $"the table did not complete within its deadline of {_options.TableDeadline} (Cbs:TableDeadline)", inner);

    private Uri Url(string tableId, string entitySet)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entitySet);
        return CbsUrl.Build(_options.BaseAddress, CheckTableId(tableId), entitySet);
    }

    private static string CheckTableId(string tableId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableId);
        return tableId;
    }
}
