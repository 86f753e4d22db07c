namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Chooses the CSV separator from the header line: <c>;</c> (Dutch Excel) when the header split on it gives known
/// template columns, else <c>,</c> when that does. Null when neither does (the header is not recognised).
/// </summary>
internal static class CsvSeparatorDetector
{
    public static char? Detect(string headerLine)
    {
        foreach (var separator in new[] { ';', ',' })
        {
            var headers = headerLine.Split(separator).Select(h => h.Trim().Trim('"'));
            if (TemplateRecognizer.FromHeaders(headers) is not null) return separator;
        }

        return null;
    }
}
