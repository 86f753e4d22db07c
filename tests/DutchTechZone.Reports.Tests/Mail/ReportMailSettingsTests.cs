using DutchTechZone.Reports.Mail;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Reports.Tests.Mail;

/// <summary>The mail settings: defaults per security mode, Dutch messages naming the missing setting, the password never shown.</summary>
public sealed class ReportMailSettingsTests
{
    [Fact]
    public void ThePortFollowsTheSecurityModeAndThePasswordIsNeverShown()
    {
        var settings = Read(new()
        {
            ["Smtp:Host"] = "smtp.example.nl", ["Smtp:Security"] = "sslonconnect", ["Smtp:User"] = "rapportage", ["Smtp:Password"] = "geheim-7f3a",
            ["Report:From"] = "rapportage@dutchtechzone.nl", ["Report:To"] = " bestuur@emmen.nl ; secretaris@hoogeveen.nl,",
        });

        settings.Validate();
        Assert.Equal(SmtpSecurity.SslOnConnect, settings.Security);
        Assert.Equal(465, settings.Port);
        Assert.Equal(["bestuur@emmen.nl", "secretaris@hoogeveen.nl"], settings.To);
        Assert.DoesNotContain("geheim-7f3a", settings.ToString(), StringComparison.Ordinal);
        Assert.Equal(587, Read(new() { ["Smtp:Host"] = "h" }).Port);
    }

    [Theory]
    [InlineData(null, "a@b.nl", "c@d.nl", "DTZ__Smtp__Host")]
    [InlineData("smtp.example.nl", null, "c@d.nl", "DTZ__Report__From")]
    [InlineData("smtp.example.nl", "a@b.nl", null, "DTZ__Report__To")]
    [InlineData("smtp.example.nl", "a@b.nl", "c@d.nl, geen-adres", "DTZ__Report__To")]
    public void AMissingSettingIsNamed(string? host, string? from, string? to, string setting)
    {
        var settings = Read(new() { ["Smtp:Host"] = host, ["Report:From"] = from, ["Report:To"] = to });

        var error = Assert.Throws<ReportConfigurationException>(settings.Validate);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Smtp:Security", "Tls13", "DTZ__Smtp__Security")]
    [InlineData("Smtp:Port", "70000", "DTZ__Smtp__Port")]
    public void AWrongValueIsNamed(string key, string value, string setting)
    {
        var error = Assert.Throws<ReportConfigurationException>(() => Read(new() { [key] = value }));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    private static ReportMailSettings Read(Dictionary<string, string?> values) =>
        ReportMailSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
}
