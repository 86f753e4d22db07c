using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Tests.Infrastructure;

/// <summary>
/// Runs the <c>dtz</c> command line in this process, as a user types it, against a data folder (<c>--data</c>), and
/// returns its exit code, stdout and stderr; settings are configuration
/// values on top of the defaults, as environment variables would give them.
/// </summary>
internal static class InProcessDtz
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string dataDirectory, IDictionary<string, string?>? settings, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DtzCommandLine.RunAsync([.. args, "--data", dataDirectory], new DtzConsole(output, error),
            o => new DtzApp(DtzConfiguration.Build(o, settings)));
        return (exit, output.ToString(), error.ToString());
    }
}
