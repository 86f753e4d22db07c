using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Tests.Cbs;

/// <summary>What the replay server does to a matching request instead of answering it normally.</summary>
public enum CbsFault
{
    /// <summary>HTTP 503.</summary>
    ServiceUnavailable,

    /// <summary>HTTP 429 with <c>Retry-After: 0</c>.</summary>
    TooManyRequests,

    /// <summary>200, then half of the real body, then the response ends (chunked): invalid JSON.</summary>
    TruncatedBody,

    /// <summary>200 with the full Content-Length, half of the body, then the connection is aborted.</summary>
    ConnectionReset,

    /// <summary>Never answers (until the client gives up).</summary>
    Hang,
}

/// <summary>A request the replay server saw.</summary>
internal sealed record CbsReplayRequest(string RawTarget, string Accept);

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, ephemeral port) that replays the recorded CBS v3 responses in
/// TestData/cbs/v3-odatafeed. The recorded CBS host in nextLinks is rewritten to this server's address. The 675-row
/// 80137ned TypedDataSet is split into pages with <c>$skip</c> nextLinks that keep the request's own query, as CBS does.
/// </summary>
internal sealed class CbsReplayServer : IAsyncDisposable
{
    private static readonly string FixtureDirectory = Path.Combine(AppContext.BaseDirectory, "TestData", "cbs", "v3-odatafeed");

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<CbsReplayRequest> _requests = new();
    private readonly List<FaultRule> _faults = [];
    private readonly ConcurrentDictionary<(string Table, string Set), string> _served = new();
    private readonly Lazy<JsonArray> _typedRows = new(() =>
        (JsonArray)JsonNode.Parse(File.ReadAllBytes(Path.Combine(FixtureDirectory, "80137ned__TypedDataSet.json")))!["value"]!);

    private CbsReplayServer(WebApplication app, int typedPageSize)
    {
        _app = app;
        TypedPageSize = typedPageSize;
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>The Feed root to give the client: <c>{Root}ODataFeed/odata/</c>.</summary>
    public Uri BaseAddress => new(Root, "ODataFeed/odata/");

    public int TypedPageSize { get; }

    /// <summary>Requests seen so far, in order.</summary>
    public IReadOnlyList<CbsReplayRequest> Requests => [.. _requests];

    public static async Task<CbsReplayServer> StartAsync(int typedPageSize = 250)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new CbsReplayServer(app, typedPageSize);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Root = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next <paramref name="times"/> requests whose raw target matches get <paramref name="fault"/>.</summary>
    public void Inject(Func<string, bool> rawTargetMatches, CbsFault fault, int times = 1)
    {
        lock (_faults)
        {
            _faults.Add(new FaultRule(rawTargetMatches, fault, times));
        }
    }

    /// <summary>
    /// Answers <c>/ODataFeed/odata/{table}/{set}</c> with <paramref name="json"/> from now on (a test's own constructed
    /// table, or a changed TableInfos); the recorded host is rewritten as for the fixtures.
    /// </summary>
    public void Serve(string table, string set, string json) => _served[(table, set.ToUpperInvariant())] = json;

    public void ClearFaults()
    {
        lock (_faults)
        {
            _faults.Clear();
        }
    }

    /// <summary>How many requests had exactly this raw target.</summary>
    public int CountRequests(string rawTarget) => _requests.Count(r => r.RawTarget == rawTarget);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        _requests.Enqueue(new CbsReplayRequest(rawTarget, context.Request.Headers.Accept.ToString()));
        var fault = TakeFault(rawTarget);
        if (fault is CbsFault.ServiceUnavailable or CbsFault.TooManyRequests)
        {
            context.Response.StatusCode = fault == CbsFault.ServiceUnavailable ? 503 : 429;
            if (fault == CbsFault.TooManyRequests)
            {
                context.Response.Headers.RetryAfter = "0";
            }

            await context.Response.WriteAsync("injected failure");
            return;
        }

        if (fault == CbsFault.Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }

            return;
        }

        var body = Answer(context.Request);
        if (body is null)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("Resource not found for the segment.");
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        switch (fault)
        {
            case CbsFault.TruncatedBody:
                await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                return;
            case CbsFault.ConnectionReset:
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
            default:
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body);
                return;
        }
    }

    private CbsFault? TakeFault(string rawTarget)
    {
        lock (_faults)
        {
            var rule = _faults.FirstOrDefault(f => f.Remaining > 0 && f.Matches(rawTarget));
            if (rule is null)
            {
                return null;
            }

            rule.Remaining--;
            return rule.Fault;
        }
    }

    private byte[]? Answer(HttpRequest request)
    {
        const string Root = "/ODataFeed/odata/";
        var path = request.Path.Value ?? string.Empty;
        if (!path.StartsWith(Root, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = path[Root.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        var (table, set) = (parts[0], parts[1]);
        var skip = request.Query.TryGetValue("$skip", out var s) ? int.Parse(s.ToString(), System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (_served.TryGetValue((table, set.ToUpperInvariant()), out var served))
        {
            return Encoding.UTF8.GetBytes(served.Replace("https://opendata.cbs.nl/", this.Root.AbsoluteUri, StringComparison.Ordinal));
        }

        if (table == "80137ned" && set.Equals("TypedDataSet", StringComparison.OrdinalIgnoreCase))
        {
            return TypedPage(request, skip);
        }

        if (table == "83599NED" && set.Equals("UntypedDataSet", StringComparison.OrdinalIgnoreCase))
        {
            return skip switch
            {
                0 => Recorded("83599NED__UntypedDataSet__page1.json"),
                10000 => Recorded("83599NED__UntypedDataSet__page2-skip10000.json"),
                _ => null,
            };
        }

        if (table == "80137ned")
        {
            var file = Directory.GetFiles(FixtureDirectory, "80137ned__*.json")
                .FirstOrDefault(f => Path.GetFileNameWithoutExtension(f).Equals("80137ned__" + set, StringComparison.OrdinalIgnoreCase));
            return file is null ? null : Recorded(Path.GetFileName(file));
        }

        return null;
    }

    /// <summary>A recorded file with the recorded CBS host replaced by this server's address.</summary>
    private byte[] Recorded(string file)
    {
        var text = File.ReadAllText(Path.Combine(FixtureDirectory, file), Encoding.UTF8)
            .Replace("https://opendata.cbs.nl/", Root.AbsoluteUri, StringComparison.Ordinal)
            .Replace("http://opendata.cbs.nl/", Root.AbsoluteUri, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    private byte[] TypedPage(HttpRequest request, int skip)
    {
        var rows = _typedRows.Value;
        var page = new JsonArray();
        for (var i = skip; i < Math.Min(rows.Count, skip + TypedPageSize); i++)
        {
            page.Add(rows[i]!.DeepClone());
        }

        var envelope = new JsonObject
        {
            ["value"] = page,
            ["odata.metadata"] = $"{Root}ODataFeed/OData/80137ned/$metadata#Cbs.OData.WebAPI.TypedDataSet",
        };
        if (skip + TypedPageSize < rows.Count)
        {
            // Like CBS: the request's own query (filter included) plus the next $skip.
            var query = request.QueryString.Value?.TrimStart('?') ?? string.Empty;
            var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("$skip=", StringComparison.Ordinal));
            envelope["odata.nextLink"] = $"{Root}ODataFeed/OData/80137ned/TypedDataSet?{string.Join('&', kept.Append($"$skip={skip + TypedPageSize}"))}";
        }

        return Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }

    private sealed class FaultRule(Func<string, bool> matches, CbsFault fault, int remaining)
    {
        public Func<string, bool> Matches { get; } = matches;

        public CbsFault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
