using System.Net;
using System.Text.Json;
using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DutchTechZone.Tests.Serve;

/// <summary>
/// <c>dtz serve</c> as an operator starts it, on the embedded SQLite warehouse: healthy, dashboard and recurring jobs,
/// a dropped file loaded without anyone running a command, a bad file rejected and shown on the status page.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class ServeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    private string Incoming => Path.Combine(Data, "drop", "incoming");

    [Fact]
    public async Task ADroppedFileIsLoadedWithinAMinuteAndABadOneIsRejectedAndShown()
    {
        Assert.Equal(ExitCodes.Ok, await DtzCommandLine.RunAsync(["import", "cbs", "--offline", "--data", Data], new DtzConsole(TextWriter.Null, TextWriter.Null)));
        using var serve = await ServeHost.StartAsync(Data);

        var health = JsonDocument.Parse(await serve.GetStringAsync("health")).RootElement;
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        using (var dashboard = await serve.Http.GetAsync(new Uri("hangfire", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        }

        var recurring = await serve.GetStringAsync("hangfire/recurring");
        Assert.Contains("drop-folder-scan", recurring, StringComparison.Ordinal);
        Assert.Contains("cbs-import", recurring, StringComparison.Ordinal);
        Assert.Contains("budget-recompute", recurring, StringComparison.Ordinal);
        Assert.Contains("board-report", recurring, StringComparison.Ordinal);

        DropFiles.Deliver(Incoming, "Middelen_2026.csv", DropFiles.Csv(DropFiles.MiddelenHeader, ["2026;Overgebleven middelen;;€ 45.870;", "2026;Netwerk- en Verbindingsplan;;125.000,00;"]));
        var archived = Path.Combine(Data, "drop", "archive", "Middelen_2026.csv");
        Assert.True(await Eventually.HoldsAsync(() => File.Exists(archived), TimeSpan.FromSeconds(60)), "not archived within 60 s:\n" + serve.Process.Output);
        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM rpt_funding WHERE source_file = 'Middelen_2026.csv'"));

        var output = new StringWriter();
        Assert.Equal(ExitCodes.Ok, await DtzCommandLine.RunAsync(["budget", "--year", "2026", "--json", "--data", Data], new DtzConsole(output, TextWriter.Null)));
        Assert.Equal(45870.00m, JsonDocument.Parse(output.ToString()).RootElement.GetProperty("carryOver").GetDecimal());

        DropFiles.Deliver(Incoming, "Middelen_fout.csv", DropFiles.Csv(DropFiles.MiddelenHeader, ["2026;Onbekende bron;;100;"]));
        var rejected = Path.Combine(Data, "drop", "rejected", "Middelen_fout.csv");
        Assert.True(await Eventually.HoldsAsync(() => File.Exists(rejected + ".fouten.html"), TimeSpan.FromSeconds(60)), "not rejected within 60 s:\n" + serve.Process.Output);
        Assert.True(File.Exists(rejected));
        var page = await serve.GetStringAsync("");
        Assert.Contains("Middelen_fout.csv", page, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(page, "href=\"/(afgewezen/[0-9]+)\">Middelen_fout.csv<").Groups[1].Value;
        var report = await serve.GetStringAsync(link);
        Assert.Contains("Onbekende bron", report, StringComparison.Ordinal);
        Assert.Contains("rij 2", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectionReportsComeFromTheImportLogNeverFromTheDropFolder()
    {
        using var serve = await ServeHost.StartAsync(Data);
        var rejected = Path.Combine(Data, "drop", "rejected");
        Directory.CreateDirectory(rejected);
        await File.WriteAllTextAsync(Path.Combine(rejected, "evil.fouten.html"), "<script>alert(1)</script>");

        using var byName = await serve.Http.GetAsync(new Uri("afgewezen/evil.fouten.html", UriKind.Relative));
        using var unknownId = await serve.Http.GetAsync(new Uri("afgewezen/999999", UriKind.Relative));
        using var page = await serve.Http.GetAsync(new Uri("", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, byName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownId.StatusCode);
        Assert.Contains("script-src", page.Headers.GetValues("Content-Security-Policy").Single() + " script-src", StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline' 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("--urls", "garbage", "Serve:Urls")]
    [InlineData("--urls", "http://127.0.0.1:99999", "Serve:Urls")]
    public async Task AWrongServeSettingIsOneDutchLineNamingItNoStackTrace(string option, string value, string setting)
    {
        using var process = DtzProcess.Start(new Dictionary<string, string>(), "serve", "--data", Data, option, value);

        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exit);
        Assert.Contains("Configuratiefout", process.Output, StringComparison.Ordinal);
        Assert.Contains(setting, process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", process.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DTZ__Schedule__CbsImport", "not a cron", "Schedule:CbsImport")]
    [InlineData("DTZ__Schedule__TimeZone", "Mars/Base", "Schedule:TimeZone")]
    [InlineData("DTZ__Serve__WorkerCount", "lots", "Serve:")]
    public async Task AWrongScheduleOrServeValueIsOneDutchLineNamingIt(string variable, string value, string setting)
    {
        using var process = DtzProcess.Start(new Dictionary<string, string> { [variable] = value }, "serve", "--data", Data, "--urls", $"http://127.0.0.1:{DtzProcess.FreePort()}");

        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exit);
        Assert.Contains("Configuratiefout", process.Output, StringComparison.Ordinal);
        Assert.Contains(setting, process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorruptHangfireFileIsNamedWithWhatToDoNoStackTrace()
    {
        Directory.CreateDirectory(Data);
        var file = Path.Combine(Data, "hangfire.db");
        await File.WriteAllBytesAsync(file, Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7919 % 251)).ToArray());
        using var process = DtzProcess.Start(new Dictionary<string, string>(), "serve", "--data", Data, "--urls", $"http://127.0.0.1:{DtzProcess.FreePort()}");

        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(5, exit);
        Assert.Contains("Configuratiefout", process.Output, StringComparison.Ordinal);
        Assert.Contains("hangfire.db", process.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", process.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(file), "the damaged file is left for the operator, never deleted");
    }

    [Fact]
    public async Task APortInUseIsAConfigurationErrorNamingTheSetting()
    {
        using var first = await ServeHost.StartAsync(Data);
        using var second = DtzProcess.Start(new Dictionary<string, string>(), "serve", "--data", _temp.Combine("other"), "--urls", first.Address.ToString().TrimEnd('/'));

        var exit = await second.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exit);
        Assert.Contains("al in gebruik", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigtermStopsTheServerCleanly()
    {
        using var serve = await ServeHost.StartAsync(Data);

        serve.Process.Terminate();

        Assert.Equal(0, await serve.Process.WaitForExitAsync(TimeSpan.FromSeconds(45)));
        Assert.DoesNotContain("Unhandled exception", serve.Process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUploadWithoutTheFormsAntiForgeryTokenIsRefusedAndWritesNothing()
    {
        using var serve = await ServeHost.StartAsync(Data);
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("Jaar;Financieringsbron;Gemeente;Bedrag;Toelichting\n"u8.ToArray()), "file", "Middelen_2026.csv");

        using var response = await serve.Http.PostAsync(new Uri("upload", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Directory.EnumerateFiles(Incoming));
    }

    [Fact]
    public async Task LogsAreJsonLinesWhenConfigured()
    {
        using var process = DtzProcess.Start(new Dictionary<string, string> { ["DTZ__Logging__Format"] = "json" }, "migrate", "--data", Data);

        Assert.Equal(0, await process.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var logLines = process.Output.Split('\n').Where(l => l.StartsWith('{')).ToList();
        Assert.NotEmpty(logLines);
        Assert.All(logLines, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("Category", out _), l));
    }

    public void Dispose() => _temp.Dispose();

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(Data, "warehouse.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The serve tests start real servers and processes: one at a time, so the two cores are not oversubscribed.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServeCollection
{
    public const string Name = "dtz serve processes";
}
