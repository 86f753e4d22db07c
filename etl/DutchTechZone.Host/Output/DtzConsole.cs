namespace DutchTechZone.Host.Output;

/// <summary>Where commands write: results to <see cref="Out"/>, messages for people to <see cref="Error"/>.</summary>
public sealed record DtzConsole(TextWriter Out, TextWriter Error)
{
    public static DtzConsole System { get; } = new(Console.Out, Console.Error);
}
