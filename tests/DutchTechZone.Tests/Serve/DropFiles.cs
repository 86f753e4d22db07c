using System.Text;

namespace DutchTechZone.Tests.Serve;

/// <summary>Delivers files into a drop folder as a file share would: written under a temporary name, then renamed.</summary>
public static class DropFiles
{
    public const string MiddelenHeader = "Jaar;Financieringsbron;Gemeente;Bedrag;Toelichting";
    public const string IndicatorenHeader = "Periode;Indicator;Gemeente;Waarde;Streefwaarde;Eenheid";

    public static readonly string[] Partners = ["Emmen", "Borger-Odoorn", "Coevorden", "Hardenberg", "Hoogeveen"];

    public static string Deliver(string incoming, string name, string content)
    {
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, $".{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, content, new UTF8Encoding(false));
        var final = Path.Combine(incoming, name);
        File.Move(temporary, final);
        return final;
    }

    public static string Csv(string header, IEnumerable<string> rows) => header + "\n" + string.Join("\n", rows) + "\n";

    /// <summary>An Indicatoren file with one row per partner municipality for the indicator (its own replacement keys).</summary>
    public static string Indicators(string indicator, int rowsPerPartner = 1) =>
        Csv(IndicatorenHeader, Enumerable.Range(1, rowsPerPartner).SelectMany(n =>
            Partners.Select(p => $"{2000 + (n % 27)};{indicator}{(rowsPerPartner > 1 ? $" {n / 27}" : "")};{p};{n};{n + 10};aantal")));
}
