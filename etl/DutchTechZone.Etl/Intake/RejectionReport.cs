using System.Net;
using System.Text;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Etl.Hygiene;

namespace DutchTechZone.Etl.Intake;

/// <summary>The error report written beside a rejected file, in Dutch, as text and as HTML.</summary>
public static class RejectionReport
{
    /// <summary>The text report's suffix, appended to the rejected file's name.</summary>
    public const string TextSuffix = ".fouten.txt";

    /// <summary>The HTML report's suffix, appended to the rejected file's name.</summary>
    public const string HtmlSuffix = ".fouten.html";

    /// <summary>Writes <c>&lt;file&gt;.fouten.txt</c> and <c>&lt;file&gt;.fouten.html</c> beside the rejected file; returns their paths.</summary>
    public static (string Text, string Html) WriteBeside(string rejectedFile, string deliveredName, IReadOnlyList<SpreadsheetError> errors, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var textPath = rejectedFile + TextSuffix;
        var htmlPath = rejectedFile + HtmlSuffix;
        Write(textPath, Text(deliveredName, errors, at), new UTF8Encoding(true));
        Write(htmlPath, Html(deliveredName, errors, at), new UTF8Encoding(false));
        return (textPath, htmlPath);
    }

    // CreateNew: a report never overwrites a file (the rejected file's name is chosen so that these are free).
    private static void Write(string path, string content, Encoding encoding)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, encoding);
        writer.Write(content);
    }

    public static string Text(string file, IReadOnlyList<SpreadsheetError> errors, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = new StringBuilder();
        text.AppendLine($"Bestand {SafeText.OneLine(file)} is afgewezen op {Amsterdam(at)}: er is niets van geladen.");
        text.AppendLine($"{errors.Count} fout(en). Verbeter ze en lever het hele bestand opnieuw aan in de map incoming.");
        text.AppendLine();
        foreach (var e in errors)
        {
            text.AppendLine($"- {SafeText.OneLine(Location(e))}: {SafeText.OneLine(e.Message)}" + (e.Value is null ? "" : $" (gevonden: \"{SafeText.OneLine(SafeText.Bound(e.Value))}\")"));
        }

        return text.ToString();
    }

    public static string Html(string file, IReadOnlyList<SpreadsheetError> errors, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(errors);
        static string H(string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Afgewezen: " + H(file) + "</title>");
        html.AppendLine("<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>");
        html.AppendLine($"<h1>Bestand {H(file)} is afgewezen</h1>");
        html.AppendLine($"<p>Afgewezen op {H(Amsterdam(at))}. Er is niets van dit bestand geladen. Verbeter de {errors.Count} fout(en) hieronder en lever het hele bestand opnieuw aan.</p>");
        html.AppendLine("<table><thead><tr><th>Blad</th><th>Rij</th><th>Kolom</th><th>Gevonden waarde</th><th>Wat is er mis</th></tr></thead><tbody>");
        foreach (var e in errors)
        {
            html.AppendLine($"<tr><td>{H(e.Sheet)}</td><td>{e.Row}</td><td>{H(e.Column)}</td><td>{H(SafeText.Bound(e.Value))}</td><td>{H(e.Message)}</td></tr>");
        }

        html.AppendLine("</tbody></table></body></html>");
        return html.ToString();
    }

    private static string Location(SpreadsheetError e)
    {
        var parts = new List<string>();
        if (e.Sheet is not null)
        {
            parts.Add($"blad {e.Sheet}");
        }

        if (e.Row is not null)
        {
            parts.Add($"rij {e.Row}");
        }

        if (e.Column is not null)
        {
            parts.Add($"kolom {e.Column}");
        }

        return parts.Count == 0 ? "bestand" : string.Join(", ", parts);
    }

    private static string Amsterdam(DateTimeOffset at)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        return TimeZoneInfo.ConvertTime(at, zone).ToString("d-M-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }
}
