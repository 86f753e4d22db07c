using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Tests.Infrastructure;
using DutchTechZone.Tests.Serve;
using Microsoft.Playwright;

namespace DutchTechZone.Browser.Tests;

/// <summary>
/// The programme office's way in: open the status page in a real browser (Debian's Chromium, headless), upload a
/// sample spreadsheet with the form, and see it loaded on the page.
/// </summary>
public sealed class StatusPageInChromiumTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task TheOfficeUploadsASampleFileAndSeesItLoaded()
    {
        Assert.True(File.Exists(Chromium), "Chromium is not installed: apt-get install chromium (.ci/run does)");
        var data = _temp.Combine("data");
        using var serve = await ServeHost.StartAsync(data);
        var sample = Path.Combine(SampleFiles.WriteAll(_temp.Combine("samples")).Single(f => f.EndsWith("Middelen_2026.xlsx", StringComparison.Ordinal)));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(serve.Address.ToString());
        Assert.Equal("Dutch TechZone — status", await page.TitleAsync());
        Assert.Contains("Geplande taken", await page.InnerTextAsync("body"), StringComparison.Ordinal);

        await page.SetInputFilesAsync("#bestand", sample);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("melding=", StringComparison.Ordinal));
        Assert.Contains("Middelen_2026.xlsx is aangeleverd", await page.InnerTextAsync("#melding"), StringComparison.Ordinal);

        var loaded = await Eventually.HoldsAsync(
            async () =>
            {
                await page.ReloadAsync();
                return (await page.InnerTextAsync("body")).Contains("Middelen_2026.xlsx (geladen", StringComparison.Ordinal);
            },
            TimeSpan.FromSeconds(60),
            TimeSpan.FromSeconds(1));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = _temp.Combine("status.png"), FullPage = true });
        Assert.True(loaded, "the upload never showed as loaded:\n" + serve.Process.Output);
        Assert.True(File.Exists(Path.Combine(data, "drop", "archive", "Middelen_2026.xlsx")));
    }

    public void Dispose() => _temp.Dispose();
}
