using DutchTechZone.Etl.Population;
using DutchTechZone.Host.Composition;
using DutchTechZone.Migrations;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DutchTechZone.Tests.Cbs;

/// <summary>
/// Issue #8 §4 through the one composition: <c>Cbs:MaxResumes</c> and <c>Cbs:ResumeDelay</c> reach the population
/// importer. The data set fails more often than one page's retries (<c>Cbs:MaxRetries=1</c>): with resumes the table
/// loads, with <c>Cbs:MaxResumes=0</c> it fails.
/// </summary>
public sealed class CbsResumeSettingsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("2", "loaded")]
    [InlineData("0", "failed")]
    public async Task TheConfiguredResumeCountDecidesWhetherAFailingPullIsResumed(string maxResumes, string status)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Directory"] = _temp.Combine("data"),
            ["Population:FromYear"] = "2023",
            ["Cbs:MaxRetries"] = "1",
            ["Cbs:RetryBaseDelay"] = "00:00:00.001",
            ["Cbs:MaxResumes"] = maxResumes,
            ["Cbs:ResumeDelay"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddDtz(configuration);
        var failing = new FailingDataSet(times: 3);
        services.AddHttpClient(PopulationImporterFactory.SnapshotClient).AddHttpMessageHandler(() => failing);
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<WarehouseMigrator>().MigrateAsync();

        var result = await provider.GetRequiredService<PopulationImporterFactory>().Create(offline: true).ImportTableAsync(PopulationTable.Monthly);

        Assert.True(result.Status == status, $"{result.Status}: {result.Message}");
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Answers 503 to the first requests for a TypedDataSet, then lets the snapshot answer.</summary>
    private sealed class FailingDataSet(int times) : DelegatingHandler
    {
        private int _remaining = times;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.AbsolutePath.EndsWith("/TypedDataSet", StringComparison.Ordinal) && Interlocked.Decrement(ref _remaining) >= 0
                ? Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable))
                : base.SendAsync(request, cancellationToken);
    }
}
