using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Reads a decoded CSV text with CsvHelper's parser into <see cref="RawRow"/>s of text cells. The row number is
/// the line on which the record starts, as Excel shows it when it opens the file (blank lines count).
/// </summary>
internal static class CsvSheetSource
{
    public static IEnumerable<RawRow> Rows(string text, char separator, Action<int, string> badData)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            DetectDelimiter = false,
            BadDataFound = args => badData(args.Context.Parser?.RawRow ?? 0, args.RawRecord),
            MissingFieldFound = null,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        var lastLine = 0;
        while (parser.Read())
        {
            var start = lastLine + 1;
            lastLine = parser.RawRow;
            var record = parser.Record ?? [];
            var cells = new Dictionary<int, RawCell>();
            for (var i = 0; i < record.Length; i++)
            {
                if (!string.IsNullOrWhiteSpace(record[i])) cells[i] = new RawCell(RawCellKind.Text, record[i]);
            }

            yield return new RawRow(start, cells) { FieldCount = record.Length, RawText = parser.RawRecord.TrimEnd('\r', '\n') };
        }
    }
}
