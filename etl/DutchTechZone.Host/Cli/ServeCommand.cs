using System.CommandLine;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Serve;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>dtz serve [--urls http://127.0.0.1:5080]</c>: runs the pipeline by itself (Hangfire), with the dashboard at
/// <c>/hangfire</c>, the status page at <c>/</c> and <c>/health</c>. Stops on SIGTERM / Ctrl-C.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CommandRunner runner, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(globals);
        var urls = new Option<string?>("--urls") { Description = "Adres(sen) waarop de server luistert (standaard http://127.0.0.1:5080, alleen deze machine)." };
        var command = new Command("serve", "Draait de pijplijn zelfstandig (Hangfire): dashboard op /hangfire, statuspagina op /, /health.") { urls };
        command.SetAction((result, ct) => runner.RunServeAsync(result, async () =>
        {
            var configuration = DtzConfiguration.Build(globals.Read(result));
            var app = DtzWebHost.Build(configuration, result.GetValue(urls));
            await using (app)
            {
                await DtzWebHost.RunAsync(app, ct);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
