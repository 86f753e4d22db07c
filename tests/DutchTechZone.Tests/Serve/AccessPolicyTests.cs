using System.Net;
using System.Text;
using DutchTechZone.Host.Serve;
using DutchTechZone.Host.Serve.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Tests.Serve;

/// <summary>Who gets the dashboard, the status page and the upload form.</summary>
public sealed class AccessPolicyTests
{
    [Fact]
    public void ARequestFromThisMachineIsAllowedWithoutCredentials()
    {
        var policy = Policy(null, null);

        Assert.True(policy.IsAllowed(Request("127.0.0.1")));
        Assert.True(policy.IsAllowed(Request("::1")));
    }

    [Fact]
    public void ARequestFromElsewhereIsForbiddenWhenNoCredentialsAreConfigured()
    {
        var policy = Policy(null, null);
        var context = Request("192.0.2.7", basic: "beheer:geheim");

        Assert.False(policy.IsAllowed(context));
        policy.Deny(context);
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
    }

    [Fact]
    public void ARequestFromElsewhereNeedsTheConfiguredUserAndPassword()
    {
        var policy = Policy("beheer", "geheim");

        Assert.True(policy.IsAllowed(Request("192.0.2.7", basic: "beheer:geheim")));
        Assert.False(policy.IsAllowed(Request("192.0.2.7", basic: "beheer:fout")));
        Assert.False(policy.IsAllowed(Request("192.0.2.7", basic: "iemand:geheim")));
        Assert.False(policy.IsAllowed(Request("192.0.2.7")));
        var denied = Request("192.0.2.7");
        policy.Deny(denied);
        Assert.Equal(StatusCodes.Status401Unauthorized, denied.Response.StatusCode);
        Assert.StartsWith("Basic", denied.Response.Headers.WWWAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARequestAProxyOnThisMachineForwardedNeedsTheCredentials()
    {
        var policy = Policy("beheer", "geheim");
        var forwarded = Request("127.0.0.1");
        forwarded.Request.Headers["X-Forwarded-For"] = "203.0.113.9";

        Assert.False(policy.IsAllowed(forwarded));
        forwarded.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("beheer:geheim"));
        Assert.True(policy.IsAllowed(forwarded));
    }

    [Fact]
    public void AUserWithoutAPasswordOpensNothing()
    {
        var policy = Policy("beheer", "");

        Assert.False(policy.CredentialsConfigured);
        Assert.False(policy.IsAllowed(Request("192.0.2.7", basic: "beheer:")));
    }

    private static AccessPolicy Policy(string? user, string? password) =>
        new(Options.Create(new ServeOptions { User = user, Password = password }));

    private static DefaultHttpContext Request(string remote, string? basic = null)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        context.Connection.LocalIpAddress = IPAddress.Parse("198.51.100.1");
        if (basic is not null)
        {
            context.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(basic));
        }

        return context;
    }
}
