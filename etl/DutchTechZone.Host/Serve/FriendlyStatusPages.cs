using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace DutchTechZone.Host.Serve;

/// <summary>A short Dutch page for an error response without a body (a refused form, a too large upload).</summary>
public static class FriendlyStatusPages
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var text = http.Response.StatusCode switch
        {
            StatusCodes.Status400BadRequest when http.Request.Path.StartsWithSegments("/upload", StringComparison.Ordinal) =>
                "Het formulier is verlopen of onvolledig (of het bestand is te groot). Laad de statuspagina opnieuw en probeer het nog eens.",
            StatusCodes.Status413PayloadTooLarge => "Het bestand is te groot om aan te leveren.",
            StatusCodes.Status400BadRequest => "Ongeldig verzoek.",
            StatusCodes.Status401Unauthorized => "Aanmelden is nodig.",
            StatusCodes.Status403Forbidden => "Deze pagina is alleen bereikbaar vanaf de server zelf (of met een ingestelde gebruiker).",
            StatusCodes.Status404NotFound => "Niet gevonden.",
            _ => null,
        };
        if (text is null)
        {
            return Task.CompletedTask;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        return http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>dtz</title></head><body><p>{text}</p><p><a href=\"/\">Naar de statuspagina</a></p></body></html>");
    }
}
