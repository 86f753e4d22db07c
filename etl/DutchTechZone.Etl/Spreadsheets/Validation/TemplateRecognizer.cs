namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Decides which template a header row belongs to: the template that knows the most of its headers wins; on a tie
/// the one with fewer missing required columns. At least two headers must be known, else nothing is recognised.
/// </summary>
internal static class TemplateRecognizer
{
    public static TemplateDefinition? FromHeaders(IEnumerable<string> headers)
    {
        var keys = headers.Select(NameKey.Of).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        TemplateDefinition? best = null;
        (int Known, int Missing) bestScore = (0, int.MaxValue);
        foreach (var template in TemplateCatalog.All)
        {
            var known = template.Columns.Count(c => keys.Contains(NameKey.Of(c.Header)));
            var missing = template.Columns.Count(c => c.Required && !keys.Contains(NameKey.Of(c.Header)));
            if (known > bestScore.Known || (known == bestScore.Known && missing < bestScore.Missing))
            {
                best = template;
                bestScore = (known, missing);
            }
        }

        return bestScore.Known >= 2 ? best : null;
    }
}
