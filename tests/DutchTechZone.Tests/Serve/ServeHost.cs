using System.Net;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Tests.Serve;

/// <summary>A real <c>dtz serve</c> process on a free loopback port, with an HTTP client to it.</summary>
public sealed class ServeHost : IDisposable
{
    private ServeHost(DtzProcess process, Uri address)
    {
        Process = process;
        Address = address;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public DtzProcess Process { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>Starts <c>dtz serve --data DIR --urls …</c> with the extra arguments and waits until <c>/health</c> answers 200.</summary>
    public static async Task<ServeHost> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string>? environment = null, params string[] extra)
    {
        var port = DtzProcess.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var env = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["DTZ__Logging__LogLevel__Default"] = "Information",
        };
        var process = DtzProcess.Start(env, ["serve", "--data", dataDirectory, "--urls", address.ToString().TrimEnd('/'), .. extra]);
        var host = new ServeHost(process, address);
        try
        {
            await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }

    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException("dtz serve exited:\n" + Process.Output);
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("dtz serve did not become healthy:\n" + Process.Output);
    }

    public async Task<string> GetStringAsync(string path) => await Http.GetStringAsync(new Uri(path, UriKind.Relative));

    public void Dispose()
    {
        Http.Dispose();
        Process.Dispose();
    }
}
