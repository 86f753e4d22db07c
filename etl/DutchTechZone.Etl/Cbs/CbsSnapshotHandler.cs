using System.Net;
using System.Net.Http.Headers;
using System.Reflection;

namespace DutchTechZone.Etl.Cbs;

/// <summary>
/// Serves the bundled offline snapshot (embedded <c>Cbs/Snapshot/&lt;tableId&gt;/&lt;EntitySet&gt;.json</c>) as if it
/// were the v3 Feed, so the real <see cref="CbsFeedClient"/> reads it: use an <see cref="HttpClient"/> over this
/// handler with <see cref="CbsOptions.BaseAddress"/> = <see cref="BaseAddress"/>. Paths are
/// <c>/ODataFeed/odata/&lt;tableId&gt;/&lt;EntitySet&gt;</c> (table id as given, entity set case-insensitive); the query is
/// ignored (no filtering); anything else is 404. The figures are NOT CBS responses (see Snapshot/README.md): every
/// output resting on them must say source "bundled sample".
/// </summary>
public sealed class CbsSnapshotHandler : HttpMessageHandler
{
    private const string ResourcePrefix = "DutchTechZone.Etl.Cbs.Snapshot.";

    private static readonly Lazy<IReadOnlyDictionary<(string Table, string Set), string>> Resources = new(FindResources);

    /// <summary>The base address the snapshot answers on: <c>http://bundled-snapshot.invalid/ODataFeed/odata/</c>.</summary>
    public static Uri BaseAddress { get; } = new("http://bundled-snapshot.invalid/ODataFeed/odata/");

    /// <summary>The table ids in the snapshot.</summary>
    public static IReadOnlyCollection<string> TableIds => Resources.Value.Keys.Select(k => k.Table).Distinct(StringComparer.Ordinal).ToArray();

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var response = new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        if (request.Method == HttpMethod.Get && Find(request.RequestUri) is { } resource)
        {
            var stream = typeof(CbsSnapshotHandler).Assembly.GetManifestResourceStream(resource)!;
            response.StatusCode = HttpStatusCode.OK;
            response.Content = new StreamContent(stream);
            response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return Task.FromResult(response);
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, cancellationToken).GetAwaiter().GetResult();

    private static string? Find(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return null;
        }

        var root = BaseAddress.AbsolutePath;
        var path = uri.AbsolutePath;
        if (!path.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = path[root.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        var key = (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]).ToUpperInvariant());
        return Resources.Value.TryGetValue(key, out var resource) ? resource : null;
    }

    // "Cbs/Snapshot/37230ned/TypedDataSet.json" is embedded as "DutchTechZone.Etl.Cbs.Snapshot._37230ned.TypedDataSet.json":
    // MSBuild prefixes a folder name that starts with a digit with "_".
    private static Dictionary<(string, string), string> FindResources()
    {
        var map = new Dictionary<(string, string), string>();
        foreach (var name in Assembly.GetExecutingAssembly().GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = name[ResourcePrefix.Length..^".json".Length].Split('.');
            if (parts.Length == 2)
            {
                map[(parts[0].TrimStart('_'), parts[1].ToUpperInvariant())] = name;
            }
        }

        return map;
    }
}
