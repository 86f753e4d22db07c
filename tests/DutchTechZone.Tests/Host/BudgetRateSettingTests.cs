using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Hostile review: <c>Budget:Years:N:Rate</c> that is no number is a configuration error naming the setting — not a year
/// silently dropped by the configuration binder and then reported as "Geen begrotingsinstellingen".
/// </summary>
public sealed class BudgetRateSettingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("abc")]
    [InlineData("1,00")]
    public async Task ARateThatIsNoNumberIsAConfigurationErrorNamingIt(string rate)
    {
        using var process = DtzProcess.Start(new Dictionary<string, string> { ["DTZ__Budget__Years__2026__Rate"] = rate },
            "budget", "--year", "2026", "--data", _temp.Combine("data"));
        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Contains($"Budget:Years:2026:Rate '{rate}' is geen getal", process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Geen begrotingsinstellingen", process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
