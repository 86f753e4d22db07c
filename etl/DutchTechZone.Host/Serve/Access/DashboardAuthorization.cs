using Hangfire.Dashboard;

namespace DutchTechZone.Host.Serve.Access;

/// <summary>The Hangfire dashboard follows the same <see cref="AccessPolicy"/> as the upload form.</summary>
public sealed class DashboardAuthorization(AccessPolicy policy) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        if (policy.IsAllowed(http))
        {
            return true;
        }

        if (policy.CredentialsConfigured)
        {
            http.Response.Headers.WWWAuthenticate = "Basic realm=\"dtz\", charset=\"UTF-8\"";
        }

        return false;
    }
}
