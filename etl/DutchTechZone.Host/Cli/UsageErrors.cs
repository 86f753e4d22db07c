using System.CommandLine;
using System.CommandLine.Parsing;
using DutchTechZone.Etl.Hygiene;
using DutchTechZone.Etl.Spreadsheets;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// What the command line itself cannot parse (a value that is no number, an unknown option or command, a missing
/// required option): one short Dutch line naming the option, for a configuration/usage error (exit 5), instead of
/// System.CommandLine's English error followed by the help text.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The one line to print for a parse result with errors.</summary>
    public static string Describe(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var help = $"zie {CommandPath(result.CommandResult)} --help";
        if (result.UnmatchedTokens.Count > 0)
        {
            return $"Onbekende optie of opdracht '{Typed(result.UnmatchedTokens[0])}'; {help}.";
        }

        foreach (var error in result.Errors)
        {
            var option = error.SymbolResult switch
            {
                OptionResult o => o,
                ArgumentResult { Parent: OptionResult o } => o,
                _ => null,
            };
            if (option is { Tokens.Count: > 1 } && option.Option.Arity.MaximumNumberOfValues == 1)
            {
                var values = string.Join(", ", option.Tokens.Select(t => $"'{Typed(t.Value)}'"));
                return $"De optie {option.Option.Name} is meer dan eens opgegeven ({values}): geef één waarde; {help}.";
            }

            if (option is { Tokens.Count: > 0 } && option.Option.ValueType != typeof(bool))
            {
                var value = Typed(option.Tokens[^1].Value);
                return $"Ongeldige waarde voor {option.Option.Name}: '{value}' is {Expected(option.Option)}.";
            }
        }

        var command = result.CommandResult.Command;
        if (command.Options.FirstOrDefault(o => o.Required && (result.GetResult(o) is not { } given || given.IdentifierToken is null)) is { } missing)
        {
            return $"De optie {missing.Name} ontbreekt{(missing.Description is { Length: > 0 } d ? $" ({d.TrimEnd('.')})" : "")}; {help}.";
        }

        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            return $"Geef een opdracht: {string.Join(", ", command.Subcommands.Select(c => c.Name))}; {help}.";
        }

        return $"Ongeldige opdrachtregel; {help}.";
    }

    // What the operator typed, echoed as one bounded line.
    private static string? Typed(string text) => SafeText.Bound(SafeText.OneLine(text));

    private static string Expected(Option option) => option.Name == "--year"
        ? $"geen jaartal (verwacht {WarehouseLimits.FirstDate.Year}–{WarehouseLimits.LastDate.Year})"
        : option.ValueType == typeof(int) || option.ValueType == typeof(int?) ? "geen geheel getal" : "geen geldige waarde";

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? r = command; r is CommandResult c; r = c.Parent)
        {
            names.Add(c.Parent is null ? "dtz" : c.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
