using System.Text;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Writes the blank templates partners fill in: per template an xlsx (<c>Sjabloon_Middelen.xlsx</c>: header row, notes,
/// drop-down lists, number formats) and a CSV (<c>Sjabloon_Middelen.csv</c>: <c>;</c>-separated header, UTF-8 with BOM).
/// </summary>
public static class TemplateWriter
{
    /// <summary>Writes the 5 xlsx and 5 csv templates into <paramref name="outDir"/> (created if needed) and returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(string outDir)
    {
        ArgumentNullException.ThrowIfNull(outDir);
        Directory.CreateDirectory(outDir);
        var paths = new List<string>();
        foreach (var template in TemplateCatalog.All)
        {
            var xlsx = Path.Combine(outDir, $"Sjabloon_{template.SheetName}.xlsx");
            TemplateWorkbookWriter.Write(xlsx, template.Kind, []);
            paths.Add(xlsx);

            var csv = Path.Combine(outDir, $"Sjabloon_{template.SheetName}.csv");
            File.WriteAllText(csv, CsvCells.Line(template.Columns.Select(c => c.Header)) + "\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            paths.Add(csv);
        }

        return paths;
    }
}
