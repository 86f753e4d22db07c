using System.CommandLine;

namespace DutchTechZone.Host.Cli;

/// <summary>Options every <c>dtz</c> command takes.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Werkmap voor het SQLite-warehouse, de aanlevermap drop/ en de voorbeeldbestanden (standaard ./data).",
        Recursive = true,
    };

    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "Database van het warehouse: sqlite (standaard), postgresql of sqlserver.",
        Recursive = true,
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "Connection string van het warehouse (nodig voor postgresql en sqlserver); zet het wachtwoord in DTZ__Warehouse__Password, niet hier.",
        Recursive = true,
    };

    public Option<string?> Programme { get; } = new("--programme")
    {
        Description = "Programmabestand (JSON) met partnergemeenten, tarieven en CBS-catalogus; vervangt de ingebouwde standaardwaarden (of DTZ__Programme__File).",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Toon ook debug-logregels.",
        Recursive = true,
    };

    /// <summary>Adds the options to the root command.</summary>
    public void AddTo(RootCommand root)
    {
        root.Options.Add(Data);
        root.Options.Add(Provider);
        root.Options.Add(Connection);
        root.Options.Add(Programme);
        root.Options.Add(Verbose);
    }

    /// <summary>The values given on the command line, as configuration overrides.</summary>
    public CommandLineOverrides Read(ParseResult result) =>
        new(result.GetValue(Data), result.GetValue(Provider), result.GetValue(Connection), result.GetValue(Verbose), result.GetValue(Programme));
}

/// <summary>Command-line values that override configuration.</summary>
public sealed record CommandLineOverrides(string? DataDirectory, string? Provider, string? ConnectionString, bool Verbose, string? Programme = null);
