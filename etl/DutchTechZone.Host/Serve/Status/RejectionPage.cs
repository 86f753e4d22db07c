using System.Text;
using System.Text.Encodings.Web;
using DutchTechZone.Database.Queries;

namespace DutchTechZone.Host.Serve.Status;

/// <summary>
/// <c>/afgewezen/{importId}</c>: every error of one rejected delivery, rendered from the import log (<c>etl_import</c>,
/// <c>etl_rejection</c>) — never a file from the drop folder, whose content anyone with access to the share controls.
/// </summary>
public static class RejectionPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(RejectedFileRow file, IReadOnlyList<RejectionRow> errors)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(errors);
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Afgewezen: ").Append(E(file.Name)).Append("</title><style>")
            .Append("body{font-family:system-ui,\"DejaVu Sans\",sans-serif;margin:1.5rem;max-width:72rem;overflow-wrap:anywhere}")
            .Append("table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}")
            .Append("</style></head><body><p><a href=\"/\">← status</a></p><h1>Afgewezen: ").Append(E(file.Name)).Append("</h1><p>Afgewezen op ")
            .Append(AmsterdamTime.Format(file.RejectedAt)).Append("; ").Append(file.ErrorCount).Append(" fout(en). Niets van dit bestand is geladen; ")
            .Append("verbeter het en lever het opnieuw aan.</p>");
        if (file.Message is { Length: > 0 } message)
        {
            b.Append("<p>").Append(E(message)).Append("</p>");
        }

        b.Append("<table><thead><tr><th>Blad</th><th>Rij</th><th>Kolom</th><th>Gevonden</th><th>Fout</th></tr></thead><tbody>");
        foreach (var e in errors)
        {
            b.Append("<tr><td>").Append(E(e.Sheet ?? "")).Append("</td><td>").Append(e.RowNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")
                .Append("</td><td>").Append(E(e.ColumnName ?? "")).Append("</td><td>").Append(E(e.Value ?? "")).Append("</td><td>").Append(E(e.Message)).Append("</td></tr>");
        }

        b.Append("</tbody></table></body></html>");
        return b.ToString();
    }

    private static string E(string text) => Html.Encode(text);
}
