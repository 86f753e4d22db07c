using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>The shared string table, read with the SAX reader (phonetic runs left out).</summary>
internal static class XlsxSharedStrings
{
    public static IReadOnlyList<string> Load(WorkbookPart workbook, CancellationToken ct)
    {
        var part = workbook.SharedStringTablePart;
        if (part is null) return [];
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        var ok = reader.Read();
        while (ok)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                ct.ThrowIfCancellationRequested();
                strings.Add(TextOf(reader.LoadCurrentElement()));
                ok = !reader.EOF;
                continue;
            }

            ok = reader.Read();
        }

        return strings;
    }

    /// <summary>The text of an <c>si</c> or <c>is</c> element: its <c>t</c> elements, phonetic runs excluded.</summary>
    public static string TextOf(OpenXmlElement? item)
    {
        if (item is null) return string.Empty;
        var sb = new StringBuilder();
        foreach (var text in item.Descendants<Text>())
        {
            if (text.Ancestors<PhoneticRun>().Any()) continue;
            sb.Append(text.Text);
        }

        return sb.ToString();
    }
}
