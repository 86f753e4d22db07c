using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// .NET configuration merges arrays by index: a higher source that sets Population:Municipalities 0–2 used to keep
/// the defaults' elements 3 and 4. A list set by a higher source now replaces the lower one's list entirely.
/// </summary>
public sealed class ConfigurationListTests
{
    [Fact]
    public void ThreeMunicipalitiesFromAHigherSourceReplaceTheFiveDefaultsEntirely()
    {
        var configuration = DtzConfiguration.Build(new CommandLineOverrides(null, null, null, false), new Dictionary<string, string?>
        {
            ["Population:Municipalities:0:CbsCode"] = "GM0106", ["Population:Municipalities:0:Name"] = "Assen",
            ["Population:Municipalities:1:CbsCode"] = "GM1730", ["Population:Municipalities:1:Name"] = "Tynaarlo",
            ["Population:Municipalities:2:CbsCode"] = "GM0119", ["Population:Municipalities:2:Name"] = "Meppel",
        });

        using var app = new DtzApp(configuration);

        Assert.Equal(["GM0106", "GM1730", "GM0119"], app.Municipalities.Select(m => m.CbsCode).ToList());
    }

    [Fact]
    public void WithoutAHigherSourceTheDefaultsStay()
    {
        using var app = new DtzApp(DtzConfiguration.Build(new CommandLineOverrides(null, null, null, false)));

        Assert.Equal(5, app.Municipalities.Count);
    }
}
