using System.Text;
using System.Text.Json;

namespace DutchTechZone.Etl.Cbs;

/// <summary>One parsed v3 response: <c>{"odata.metadata": …, "value": [...], "odata.nextLink": …}</c>.</summary>
internal sealed class CbsPage
{
    private CbsPage(IReadOnlyList<CbsRow> rows, Uri? nextLink)
    {
        Rows = rows;
        NextLink = nextLink;
    }

    public IReadOnlyList<CbsRow> Rows { get; }

    /// <summary>The next page, verbatim as CBS gave it (resolved against the page URL only if relative); null on the last page.</summary>
    public Uri? NextLink { get; }

    /// <summary>
    /// Parses a whole response body in one forward pass (<see cref="Utf8JsonReader"/>): no document tree, column names
    /// shared between rows, and repeated short strings (dimension codes, symbols) read once per page.
    /// </summary>
    /// <exception cref="JsonException">The body is not (complete) JSON: transient, a truncated page.</exception>
    /// <exception cref="CbsException">The body is JSON but not the v3 envelope.</exception>
    public static CbsPage Parse(byte[] body, string tableId, Uri url)
    {
        ArgumentNullException.ThrowIfNull(body);
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        string? shapeError = null;
        List<CbsRow>? rows = null;
        string? nextText = null;
        if (!reader.Read())
        {
            throw new JsonException("Het antwoord van CBS is leeg.");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            shapeError = NotAnEnvelope;
        }
        else
        {
            var strings = new StringCache();
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("value"u8))
                {
                    Next(ref reader);
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        rows = ReadRows(ref reader, body, strings, ref shapeError);
                    }
                    else
                    {
                        reader.Skip();
                        rows = null;
                    }
                }
                else if (reader.ValueTextEquals("odata.nextLink"u8))
                {
                    Next(ref reader);
                    nextText = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    reader.Skip();
                }
                else
                {
                    Next(ref reader);
                    reader.Skip();
                }
            }
        }

        // The whole body is read before judging its shape, so a truncated body is a JsonException (transient) as before.
        while (reader.Read())
        {
        }

        if (shapeError is null && rows is null)
        {
            shapeError = NotAnEnvelope;
        }

        if (shapeError is not null)
        {
            throw new CbsException(tableId, url, shapeError);
        }

        Uri? next = null;
        if (!string.IsNullOrEmpty(nextText))
        {
            next = ResolveNextLink(url, nextText) ?? throw new CbsException(tableId, url, $"odata.nextLink '{nextText}' is geen URL");
            if (next == url)
            {
                throw new CbsException(tableId, url, "odata.nextLink wijst naar dezelfde pagina; het ophalen stopt in plaats van eindeloos rond te gaan");
            }
        }

        return new CbsPage(rows!, next);
    }

    private const string NotAnEnvelope = "het antwoord is geen OData v3-envelop met een \"value\"-array";

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("Het antwoord van CBS houdt midden in de JSON op.");

    /// <summary>The rows of the "value" array; the reader is left on its end.</summary>
    private static List<CbsRow> ReadRows(ref Utf8JsonReader reader, byte[] body, StringCache strings, ref string? shapeError)
    {
        var rows = new List<CbsRow>();
        CbsRowLayout? layout = null;
        var values = new List<string?>();
        var kinds = new List<JsonValueKind>();
        List<string>? names = null;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                shapeError ??= $"a row of \"value\" is a JSON {KindOf(reader.TokenType)}, not an object";
                reader.Skip();
                continue;
            }

            values.Clear();
            kinds.Clear();
            names = null;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var i = values.Count;
                if (names is null && (layout is null || i >= layout.Count || !reader.ValueTextEquals(layout.Utf8Names[i])))
                {
                    names = layout is null ? [] : [.. layout.Names.Take(i)];
                }

                names?.Add(reader.GetString()!);
                Next(ref reader);
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        values.Add(strings.Read(ref reader));
                        kinds.Add(JsonValueKind.String);
                        break;
                    case JsonTokenType.Null:
                        values.Add(null);
                        kinds.Add(JsonValueKind.Null);
                        break;
                    case JsonTokenType.Number:
                        values.Add(Encoding.UTF8.GetString(reader.ValueSpan));
                        kinds.Add(JsonValueKind.Number);
                        break;
                    case JsonTokenType.True or JsonTokenType.False:
                        values.Add(reader.TokenType == JsonTokenType.True ? "true" : "false");
                        kinds.Add(reader.TokenType == JsonTokenType.True ? JsonValueKind.True : JsonValueKind.False);
                        break;
                    default:
                        var kind = reader.TokenType == JsonTokenType.StartObject ? JsonValueKind.Object : JsonValueKind.Array;
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        values.Add(Encoding.UTF8.GetString(body, start, (int)reader.BytesConsumed - start));
                        kinds.Add(kind);
                        break;
                }
            }

            if (names is null && (layout is null || values.Count != layout.Count))
            {
                names = layout is null ? [] : [.. layout.Names.Take(values.Count)];
            }

            if (names is not null)
            {
                layout = new CbsRowLayout(names);
            }

            rows.Add(new CbsRow(layout!, [.. values], [.. kinds]));
        }

        return rows;
    }

    private static string KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => nameof(JsonValueKind.Array),
        JsonTokenType.String => nameof(JsonValueKind.String),
        JsonTokenType.Number => nameof(JsonValueKind.Number),
        JsonTokenType.True => nameof(JsonValueKind.True),
        JsonTokenType.False => nameof(JsonValueKind.False),
        _ => nameof(JsonValueKind.Null),
    };

    private static Uri? ResolveNextLink(Uri pageUrl, string text)
    {
        // Absolute http(s) links are used as given (a rooted "/x" would parse as a file path on Unix: not that).
        if (Uri.TryCreate(text, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp))
        {
            return absolute;
        }

        return Uri.TryCreate(pageUrl, text, out var combined) ? combined : null;
    }
}
