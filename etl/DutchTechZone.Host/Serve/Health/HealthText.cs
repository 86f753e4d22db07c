namespace DutchTechZone.Host.Serve.Health;

/// <summary>Keeps health descriptions short and on one line.</summary>
internal static class HealthText
{
    public static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 200 ? line : line[..199] + "…";
    }
}
