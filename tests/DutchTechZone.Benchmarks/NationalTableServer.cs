using System.Globalization;
using System.Net;
using System.Text;

namespace DutchTechZone.Benchmarks;

/// <summary>
/// A GENERATED national-scale CBS table (not CBS data), served locally in the CBS v3 Feed format: table
/// <c>99000nat</c>, RegioS (municipalities, COROP, provinces, NL; padded keys), Perioden (months), one other
/// dimension with a total, <see cref="Topics"/> topics; TypedDataSet pages of 10,000 rows with <c>$skip</c> nextLinks.
/// Rows are generated on the fly from their index, so the server holds no table in memory. Rows come in CBS's own order
/// (the first declared dimension outermost, Perioden fastest, as the recorded 83599NED pages show) or, with
/// <c>regionFastest</c>, the other way round (RegioS fastest, Perioden slowest: a worst case for the fact table's key).
/// </summary>
internal sealed class NationalTableServer : IDisposable
{
    public const string TableId = "99000nat";
    public const int Topics = 4;
    public const int PageSize = 10_000;

    private readonly HttpListener _listener = new();
    private readonly string[] _regions;
    private readonly string[] _periods;
    private readonly string[] _sexes = ["T001038", "3000   ", "4000   "];
    private readonly Task _loop;
    private readonly bool _regionFastest;

    public NationalTableServer(long cells, int port, bool regionFastest = false)
    {
        _regionFastest = regionFastest;
        var rows = cells / Topics;
        // 400 regions × 3 categories × as many months as needed.
        _regions = Enumerable.Range(1, 342).Select(i => "GM" + i.ToString("0000", CultureInfo.InvariantCulture))
            .Concat(Enumerable.Range(1, 40).Select(i => ("CR" + i.ToString("00", CultureInfo.InvariantCulture)).PadRight(6)))
            .Concat(Enumerable.Range(20, 12).Select(i => ("PV" + i.ToString(CultureInfo.InvariantCulture)).PadRight(6)))
            .Append("NL01  ").ToArray();
        var months = (int)Math.Ceiling(rows / (double)(_regions.Length * _sexes.Length));
        _periods = Enumerable.Range(0, months).Select(m => $"{2000 + (m / 12)}MM{(m % 12) + 1:00}").ToArray();
        RowCount = (long)_regions.Length * _sexes.Length * _periods.Length;
        Root = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Root.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Root { get; }

    public Uri BaseAddress => new(Root, "ODataFeed/odata/");

    public long RowCount { get; }

    public long CellCount => RowCount * Topics;

    public IEnumerable<string> PageUrls()
    {
        for (long skip = 0; skip < RowCount; skip += PageSize)
        {
            yield return $"{BaseAddress}{TableId}/TypedDataSet?$format=json" + (skip == 0 ? string.Empty : $"&$skip={skip}");
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var set = path[(path.LastIndexOf('/') + 1)..];
        var skip = long.TryParse(context.Request.QueryString["$skip"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        var body = set switch
        {
            "TableInfos" => Envelope("{\"Identifier\":\"99000nat\",\"Title\":\"Generated national table (benchmark, not CBS)\",\"Modified\":\"2026-01-01T02:00:00\"}"),
            "DataProperties" => Envelope(
                "{\"ID\":0,\"Position\":0,\"ParentID\":null,\"Type\":\"GeoDimension\",\"Key\":\"RegioS\",\"Title\":\"Regio's\"}," +
                "{\"ID\":1,\"Position\":1,\"ParentID\":null,\"Type\":\"Dimension\",\"Key\":\"Geslacht\",\"Title\":\"Geslacht\"}," +
                "{\"ID\":2,\"Position\":2,\"ParentID\":null,\"Type\":\"TimeDimension\",\"Key\":\"Perioden\",\"Title\":\"Perioden\"}," +
                "{\"ID\":3,\"Position\":null,\"ParentID\":null,\"Type\":\"TopicGroup\",\"Key\":\"\",\"Title\":\"Bevolking\"}," +
                string.Join(",", Enumerable.Range(1, Topics).Select(t => $"{{\"ID\":{3 + t},\"Position\":{2 + t},\"ParentID\":3,\"Type\":\"Topic\",\"Key\":\"Onderwerp{t}_{t}\",\"Title\":\"Onderwerp {t}\",\"Unit\":\"aantal\",\"Decimals\":0,\"Datatype\":\"Long\"}}"))),
            "RegioS" => Envelope(string.Join(",", _regions.Select(r => $"{{\"Key\":\"{r}\",\"Title\":\"Regio {r.Trim()}\"}}"))),
            "Geslacht" => Envelope("{\"Key\":\"T001038\",\"Title\":\"Totaal mannen en vrouwen\"},{\"Key\":\"3000   \",\"Title\":\"Mannen\"},{\"Key\":\"4000   \",\"Title\":\"Vrouwen\"}"),
            "Perioden" => Envelope(string.Join(",", _periods.Select(p => $"{{\"Key\":\"{p}\",\"Title\":\"{p}\",\"Status\":\"Definitief\"}}"))),
            "TypedDataSet" => Page(skip),
            _ => null,
        };
        if (body is null)
        {
            context.Response.StatusCode = 404;
            context.Response.Close();
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength64 = bytes.Length;
        context.Response.OutputStream.Write(bytes);
        context.Response.Close();
    }

    private string Page(long skip)
    {
        var sb = new StringBuilder(PageSize * 160);
        sb.Append("{\"odata.metadata\":\"x\",\"value\":[");
        var end = Math.Min(RowCount, skip + PageSize);
        for (var i = skip; i < end; i++)
        {
            var (region, sex, period) = _regionFastest
                ? (_regions[i % _regions.Length], _sexes[(i / _regions.Length) % _sexes.Length], _periods[i / (_regions.Length * _sexes.Length)])
                : (_regions[i / (_sexes.Length * _periods.Length)], _sexes[(i / _periods.Length) % _sexes.Length], _periods[i % _periods.Length]);
            if (i > skip)
            {
                sb.Append(',');
            }

            sb.Append("{\"ID\":").Append(i).Append(",\"RegioS\":\"").Append(region).Append("\",\"Geslacht\":\"").Append(sex)
              .Append("\",\"Perioden\":\"").Append(period).Append('"');
            for (var t = 1; t <= Topics; t++)
            {
                sb.Append(",\"Onderwerp").Append(t).Append('_').Append(t).Append("\":");
                if ((i + t) % 97 == 0)
                {
                    sb.Append("null");
                }
                else
                {
                    sb.Append(((i * 31) + (t * 7)) % 100_000);
                }
            }

            sb.Append('}');
        }

        sb.Append(']');
        if (end < RowCount)
        {
            sb.Append(",\"odata.nextLink\":\"").Append(BaseAddress).Append(TableId).Append("/TypedDataSet?$format=json&$skip=").Append(end).Append('"');
        }

        sb.Append('}');
        return sb.ToString();
    }

    private static string Envelope(string rows) => "{\"odata.metadata\":\"x\",\"value\":[" + rows + "]}";
}
