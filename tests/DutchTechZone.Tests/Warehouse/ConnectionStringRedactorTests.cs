using DutchTechZone.Database;

namespace DutchTechZone.Tests.Warehouse;

public sealed class ConnectionStringRedactorTests
{
    [Theory]
    [InlineData("Host=db;Username=dtz;Password=geheim123")]
    [InlineData("Server=sql;User Id=dtz;Pwd=geheim123;Encrypt=True")]
    [InlineData("Host=db;SSL Password=geheim123;SSL Certificate=/c.pfx")]
    public void EverySecretKeyIsReplaced(string connectionString)
    {
        var redacted = ConnectionStringRedactor.Redact(connectionString);

        Assert.DoesNotContain("geheim123", redacted, StringComparison.Ordinal);
        Assert.Contains("***", redacted, StringComparison.Ordinal);
    }
}
