using Microsoft.AspNetCore.Http;

namespace DutchTechZone.Host.Serve;

/// <summary>
/// Headers on every response of <c>dtz serve</c>: no content sniffing, no framing, and a content security policy that
/// allows no scripts from anywhere on the product's own pages (the Hangfire dashboard brings its own scripts).
/// </summary>
public static class SecurityHeaders
{
    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!context.Request.Path.StartsWithSegments("/hangfire", StringComparison.Ordinal))
        {
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        }

        return next();
    }
}
