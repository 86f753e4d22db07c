using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary><c>Intake:LockTimeout</c> of zero or less (or absurdly long) is a configuration error, not an instant "busy".</summary>
public sealed class LockTimeoutSettingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("-00:00:05")]
    [InlineData("30.00:00:00")]
    public async Task ALockTimeoutOutOfRangeIsAConfigurationErrorNamingIt(string value)
    {
        using var process = DtzProcess.Start(new Dictionary<string, string> { ["DTZ__Intake__LockTimeout"] = value }, "ingest", "--data", _temp.Combine("data"));
        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Contains("Intake:LockTimeout", process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
