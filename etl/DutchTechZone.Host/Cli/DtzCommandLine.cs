using System.CommandLine;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;

namespace DutchTechZone.Host.Cli;

/// <summary>The <c>dtz</c> command line.</summary>
public static class DtzCommandLine
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, DtzConsole? console = null, Func<CommandLineOverrides, DtzApp>? appFactory = null)
    {
        console ??= DtzConsole.System;
        var globals = new GlobalOptions();
        var runner = new CommandRunner(globals, console, appFactory ?? (o => new DtzApp(DtzConfiguration.Build(o))));
        var root = new RootCommand("dtz — de rapportagepijplijn van Dutch TechZone.");
        globals.AddTo(root);
        root.Subcommands.Add(DemoCommand.Create(runner));
        root.Subcommands.Add(RunCommand.Create(runner));
        root.Subcommands.Add(MigrateCommand.Create(runner));
        root.Subcommands.Add(ImportCbsCommand.Create(runner));
        root.Subcommands.Add(BudgetCommand.Create(runner));
        root.Subcommands.Add(IngestCommand.Create(runner));
        root.Subcommands.Add(TemplatesCommand.Create(runner));
        root.Subcommands.Add(CheckCommand.Create(runner));
        root.Subcommands.Add(ExplainCommand.Create(runner));
        root.Subcommands.Add(ReportCommand.Create(runner));
        root.Subcommands.Add(ServeCommand.Create(runner, globals));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            // A usage error is a configuration error like any other: one Dutch line on stderr, exit 5 (not System.CommandLine's English and exit 1).
            await console.Error.WriteLineAsync(UsageErrors.Describe(parsed));
            return ExitCodes.Configuration;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Ctrl-C / SIGTERM cancel the command; serve then stops gracefully (running jobs get their shutdown timeout).
            ProcessTerminationTimeout = TimeSpan.FromSeconds(60),
        });
    }
}
