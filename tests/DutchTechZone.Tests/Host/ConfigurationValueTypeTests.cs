using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Hostile review: a setting whose value the configuration binder cannot convert (<c>DTZ__Cbs__MaxRetries=abc</c>,
/// <c>DTZ__Regional__BatchSize=abc</c>, <c>DTZ__Cbs__RequestTimeout=abc</c>) stopped <c>dtz</c> with exit 70 "Interne
/// fout (InvalidOperationException): Failed to convert configuration value …": a bug to report, in English. It is a
/// configuration error (exit 5) naming the setting and what it expects, in Dutch.
/// </summary>
public sealed class ConfigurationValueTypeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("Cbs:MaxRetries", "abc", "geheel getal")]
    [InlineData("Cbs:RequestTimeout", "abc", "uu:mm:ss")]
    [InlineData("Regional:BatchSize", "abc", "geheel getal")]
    [InlineData("Intake:LockTimeout", "abc", "uu:mm:ss")]
    public async Task ASettingOfTheWrongKindIsAConfigurationErrorInDutch(string setting, string value, string expected)
    {
        var (exit, error) = await RunAsync(new Dictionary<string, string?> { [setting] = value }, "import", "cbs", "--offline");

        Assert.Equal(ExitCodes.Configuration, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("Configuratiefout", StringComparison.Ordinal));
        Assert.Contains(setting, line, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        foreach (var english in new[] { "Failed to convert", "is not a valid value", "System.", "Interne fout" })
        {
            Assert.DoesNotContain(english, error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Cbs:MaxRetries", "-1", "0 of meer")]
    [InlineData("Regional:BatchSize", "-5", "1 of meer")]
    [InlineData("Regional:BatchSize", "0", "1 of meer")]
    [InlineData("Regional:RegionsPerRequest", "-1", "1 of meer")]
    [InlineData("Cbs:RequestTimeout", "00:00:00", "meer dan 0")]
    public async Task ANumberOutOfRangeIsAConfigurationErrorBeforeAnyImport(string setting, string value, string expected)
    {
        var (exit, error) = await RunAsync(new Dictionary<string, string?> { [setting] = value }, "import", "cbs", "--offline");

        Assert.Equal(ExitCodes.Configuration, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Configuratiefout", line, StringComparison.Ordinal);
        Assert.Contains(setting, line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2020.5")]
    public async Task ACatalogueFromYearThatIsNoYearIsNotIgnored(string value)
    {
        // It was dropped in silence: the table was loaded from its first year, not from the year the operator meant.
        var (exit, error) = await RunAsync(
            new Dictionary<string, string?> { ["Regional:Catalogue:0:TableId"] = "70072ned", ["Regional:Catalogue:0:FromYear"] = value }, "import", "cbs", "--offline");

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Contains("Regional:Catalogue:0:FromYear", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("Configuratiefout", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<(int Exit, string Error)> RunAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var (exit, _, error) = await InProcessDtz.RunAsync(_temp.Combine("data"), settings, args);
        return (exit, error);
    }
}
