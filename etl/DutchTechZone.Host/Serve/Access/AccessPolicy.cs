using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Host.Serve.Access;

/// <summary>
/// Who may use the dashboard and the upload form: requests from this machine always; requests from elsewhere only
/// with the configured user and password (HTTP Basic, <c>Serve:User</c> + <c>DTZ__Serve__Password</c>). Without
/// configured credentials nothing but local requests gets in.
/// </summary>
public sealed class AccessPolicy(IOptions<ServeOptions> options)
{
    public bool CredentialsConfigured => options.Value is { User.Length: > 0, Password.Length: > 0 };

    public bool IsAllowed(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsLocal(context) || HasValidCredentials(context);
    }

    /// <summary>Sends the challenge (401 with credentials configured, else 403).</summary>
    public void Deny(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (CredentialsConfigured)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"dtz\", charset=\"UTF-8\"";
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }

    /// <summary>
    /// A request from this machine that no proxy forwarded. A reverse proxy on the same machine connects from loopback:
    /// its requests carry <c>X-Forwarded-For</c> / <c>Forwarded</c> and so need the credentials like any remote request.
    /// </summary>
    public static bool IsLocal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Request.Headers;
        if (headers.ContainsKey("X-Forwarded-For") || headers.ContainsKey("Forwarded") || headers.ContainsKey("X-Real-IP"))
        {
            return false;
        }

        var remote = context.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote) || remote.Equals(context.Connection.LocalIpAddress);
    }

    private bool HasValidCredentials(HttpContext context)
    {
        var configured = options.Value;
        if (!CredentialsConfigured)
        {
            return false;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        return FixedEquals(decoded[..colon], configured.User!) & FixedEquals(decoded[(colon + 1)..], configured.Password!);
    }

    private static bool FixedEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
