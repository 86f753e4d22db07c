using System.Text;
using System.Text.Encodings.Web;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Host.Serve.Status;

/// <summary>
/// The status page (Dutch, server-rendered, no scripts): freshness of every source, the last imports, rejected files
/// with their errors, the scheduled jobs and, for those allowed, the upload form.
/// </summary>
public static class StatusPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    /// <param name="upload">The anti-forgery field (name, token) for the upload form; null hides the form.</param>
    /// <param name="notice">A line to show on top (after an upload).</param>
    public static string Render(StatusSnapshot status, (string Field, string Token)? upload, string? notice, long uploadLimit)
    {
        ArgumentNullException.ThrowIfNull(status);
        var b = new StringBuilder();
        b.Append("""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Dutch TechZone — status</title>
            <style>
            body{font-family:system-ui,"DejaVu Sans",sans-serif;margin:1.5rem;color:#1b1b1b;max-width:72rem;overflow-wrap:anywhere}
            h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
            td.n{text-align:right}.ok{color:#1a7f37}.bad{color:#b42318}.warn{color:#9a6700}.note{background:#eef6ff;padding:.5rem 1rem;border-left:4px solid #0969da}
            .err{background:#fff1f0;padding:.5rem 1rem;border-left:4px solid #b42318}ul.errors{margin:.25rem 0 0 1rem;padding:0;font-size:.85rem}
            </style></head><body>
            <h1>Dutch TechZone — status van de rapportagepijplijn</h1>
            """);
        if (notice is not null)
        {
            b.Append("<p class=\"note\" id=\"melding\">").Append(E(notice)).Append("</p>");
        }

        if (status.WarehouseError is not null)
        {
            b.Append("<p class=\"err\">Het warehouse is niet bereikbaar: ").Append(E(Short(status.WarehouseError))).Append("</p>");
        }

        b.Append("<p><a href=\"/hangfire\">Hangfire-dashboard</a> · <a href=\"/health\">gezondheid (JSON)</a></p>");
        Sources(b, status);
        Rejected(b, status);
        Imports(b, status);
        Jobs(b, status);
        if (upload is { } form)
        {
            Upload(b, form, uploadLimit);
        }

        b.Append("</body></html>");
        return b.ToString();
    }

    private static void Sources(StringBuilder b, StatusSnapshot s)
    {
        b.Append("<h2 id=\"bronnen\">Bronnen</h2>");
        if (s.CbsTables.Count == 0)
        {
            b.Append("<p>Nog geen CBS-tabel geladen.</p>");
        }
        else
        {
            b.Append("<table><thead><tr><th>CBS-tabel</th><th>Herkomst</th><th>Stand CBS (Modified)</th><th>Geladen op</th><th class=\"n\">Rijen</th><th>Laatste poging</th></tr></thead><tbody>");
            foreach (var t in s.CbsTables)
            {
                b.Append("<tr><td>").Append(E(t.TableId)).Append("</td><td>").Append(E(t.Origin)).Append("</td><td>")
                    .Append(AmsterdamTime.Format(t.CbsModified)).Append("</td><td>").Append(AmsterdamTime.Format(t.LoadedAt))
                    .Append("</td><td class=\"n\">").Append(DutchFormat.Count(t.RowsWritten)).Append("</td><td>")
                    .Append(StatusWord(t.LastStatus)).Append(' ').Append(AmsterdamTime.Format(t.LastAttemptAt)).Append("</td></tr>");
            }

            b.Append("</tbody></table>");
        }

        var files = s.RecentImports.Where(i => i.Kind == "file").Take(5).ToList();
        b.Append("<p>Laatste aanleveringen: ");
        b.Append(files.Count == 0
            ? "nog geen."
            : string.Join(", ", files.Select(f => $"{E(f.Name)} ({StatusWord(f.Status)}, {AmsterdamTime.Format(f.FinishedAt ?? f.StartedAt)})")));
        b.Append("</p>");
    }

    private static void Rejected(StringBuilder b, StatusSnapshot s)
    {
        b.Append("<h2 id=\"afgewezen\">Afgewezen bestanden</h2>");
        if (s.Rejected.Count == 0)
        {
            b.Append("<p>Geen afgewezen bestanden.</p>");
            return;
        }

        b.Append("<table><thead><tr><th>Bestand</th><th>Afgewezen op</th><th class=\"n\">Fouten</th><th>Eerste fouten</th></tr></thead><tbody>");
        foreach (var r in s.Rejected)
        {
            b.Append("<tr class=\"rejected\"><td>");
            b.Append($"<a href=\"/afgewezen/{r.File.ImportId}\">{E(r.File.Name)}</a>");
            b.Append("</td><td>").Append(AmsterdamTime.Format(r.File.RejectedAt)).Append("</td><td class=\"n\">").Append(r.File.ErrorCount).Append("</td><td><ul class=\"errors\">");
            foreach (var e in r.FirstErrors)
            {
                var where = string.Join(", ", new[] { e.Sheet is null ? null : $"blad {e.Sheet}", e.RowNumber is null ? null : $"rij {e.RowNumber}", e.ColumnName is null ? null : $"kolom {e.ColumnName}" }.OfType<string>());
                b.Append("<li>").Append(E(where.Length == 0 ? "bestand" : where)).Append(": ").Append(E(Short(e.Message))).Append("</li>");
            }

            b.Append("</ul></td></tr>");
        }

        b.Append("</tbody></table>");
    }

    private static void Imports(StringBuilder b, StatusSnapshot s)
    {
        b.Append("<h2 id=\"imports\">Laatste imports</h2>");
        if (s.RecentImports.Count == 0)
        {
            b.Append("<p>Nog geen imports.</p>");
            return;
        }

        b.Append("<table><thead><tr><th>#</th><th>Soort</th><th>Naam</th><th>Status</th><th class=\"n\">Rijen</th><th>Gestart</th><th>Klaar</th><th>Toelichting</th></tr></thead><tbody>");
        foreach (var i in s.RecentImports)
        {
            b.Append("<tr><td>").Append(i.ImportId).Append("</td><td>").Append(i.Kind == "cbs" ? "CBS" : "bestand").Append("</td><td>").Append(E(i.Name))
                .Append("</td><td>").Append(StatusWord(i.Status)).Append("</td><td class=\"n\">").Append(DutchFormat.Count(i.RowsWritten))
                .Append("</td><td>").Append(AmsterdamTime.Format(i.StartedAt)).Append("</td><td>").Append(AmsterdamTime.Format(i.FinishedAt))
                .Append("</td><td>").Append(E(Short(i.Message ?? ""))).Append("</td></tr>");
        }

        b.Append("</tbody></table>");
    }

    private static void Jobs(StringBuilder b, StatusSnapshot s)
    {
        b.Append("<h2 id=\"planning\">Geplande taken</h2><table><thead><tr><th>Taak</th><th>Schema (cron, Europe/Amsterdam)</th><th>Volgende run</th><th>Laatste run</th><th>Resultaat</th></tr></thead><tbody>");
        foreach (var j in s.Jobs)
        {
            b.Append("<tr><td>").Append(E(j.Id)).Append("</td><td><code>").Append(E(j.Cron)).Append("</code></td><td>").Append(AmsterdamTime.Format(j.NextExecution))
                .Append("</td><td>").Append(AmsterdamTime.Format(j.LastExecution)).Append("</td><td>").Append(E(j.Error is null ? JobState(j.LastState) : "fout: " + Short(j.Error))).Append("</td></tr>");
        }

        b.Append("</tbody></table><p id=\"bestuursrapportage\">Laatste bestuursrapportage: ");
        b.Append(s.LastReport is { } last
            ? $"{E(last.Period.DutchName)} verzonden op {AmsterdamTime.Format(last.SentAt)} aan {last.Recipients} ontvanger(s)."
            : "nog niet verzonden.");
        b.Append("</p><p><a href=\"/hangfire/recurring\">Alle taken in het Hangfire-dashboard</a></p>");
    }

    private static void Upload(StringBuilder b, (string Field, string Token) form, long limit)
    {
        b.Append("<h2 id=\"aanleveren\">Bestand aanleveren</h2>")
            .Append("<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">")
            .Append("<input type=\"hidden\" name=\"").Append(E(form.Field)).Append("\" value=\"").Append(E(form.Token)).Append("\">")
            .Append("<p><label for=\"bestand\">Spreadsheet (.xlsx of .csv, hoogstens ").Append(DutchFormat.Count(limit / (1024 * 1024))).Append(" MB): </label>")
            .Append("<input type=\"file\" id=\"bestand\" name=\"file\" accept=\".xlsx,.csv\" required> ")
            .Append("<button type=\"submit\">Aanleveren</button></p>")
            .Append("<p>Het bestand komt in de aanlevermap en wordt binnen een minuut verwerkt; het resultaat verschijnt hierboven.</p></form>");
    }

    private static string StatusWord(string? status) => status switch
    {
        "loaded" => "<span class=\"ok\">geladen</span>",
        "skipped" => "<span class=\"ok\">overgeslagen</span>",   // why (unchanged, the sample not over live figures, …): the Toelichting
        "duplicate" => "<span class=\"ok\">al geladen</span>",
        "rejected" => "<span class=\"bad\">afgewezen</span>",
        "failed" => "<span class=\"bad\">mislukt</span>",
        "interrupted" => "<span class=\"warn\">onderbroken</span>",
        "running" => "<span class=\"warn\">bezig</span>",
        null => "—",
        _ => E(status),
    };

    private static string JobState(string? state) => state switch
    {
        "Succeeded" => "geslaagd",
        "Failed" => "mislukt",
        "Processing" => "bezig",
        "Enqueued" => "in de wachtrij",
        "Scheduled" => "gepland (nieuwe poging)",
        "Deleted" => "verwijderd",
        "Awaiting" => "wacht op een andere taak",
        null => "nog niet gedraaid",
        _ => state,
    };

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 300 ? line : line[..299] + "…";
    }

    private static string E(string text) => Html.Encode(text);
}
