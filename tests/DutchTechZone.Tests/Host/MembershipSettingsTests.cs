using DutchTechZone.Host.Cli;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// <c>Regional:Membership</c> (year → "Gebieden in Nederland" table) mistyped by an operator: a configuration error
/// naming the entry, before anything is imported — never an entry dropped in silence or a Gebieden table loaded as figures.
/// </summary>
public sealed class MembershipSettingsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("abc", "85755NED", null, null, "Regional:Membership:0:Year")]
    [InlineData("0", "85755NED", null, null, "Regional:Membership:0:Year")]
    [InlineData("2024", "", null, null, "Regional:Membership:0:TableId")]
    [InlineData("2024", "'; drop table x", null, null, "Regional:Membership:0:TableId")]   // hostile review: no CBS table id (letters and digits)
    [InlineData("2024", "85755NED/../x", null, null, "Regional:Membership:0:TableId")]
    [InlineData("2024", "85755NED", "2024", "85067NED", "Regional:Membership:1:Year")]
    public async Task AMistypedMembershipEntryIsAConfigurationErrorNamingIt(string year, string table, string? year2, string? table2, string setting)
    {
        var environment = new Dictionary<string, string>
        {
            ["DTZ__Regional__Membership__0__Year"] = year,
            ["DTZ__Regional__Membership__0__TableId"] = table,
        };
        if (year2 is not null)
        {
            environment["DTZ__Regional__Membership__1__Year"] = year2;
            environment["DTZ__Regional__Membership__1__TableId"] = table2!;
        }

        using var process = DtzProcess.Start(environment, "import", "cbs", "--offline", "--table", "85755NED", "--data", _temp.Combine("data"));
        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Contains("Configuratiefout", process.Output, StringComparison.Ordinal);
        Assert.Contains(setting, process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("geladen", process.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
