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
        var lastLine = 0;

        // The row named for bad data (an unclosed quote runs on to the end) is the line where the record starts; the
        // parser reports it while reading the record or, lazily, when its fields are read: both see recordStart.
        var recordStart = 1;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            DetectDelimiter = false,
            BadDataFound = args => badData(recordStart, args.RawRecord),
            MissingFieldFound = null,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        while (parser.Read())
        {
            var start = recordStart;
            lastLine = parser.RawRow;
            var record = parser.Record ?? [];
            recordStart = lastLine + 1;
            var cells = new Dictionary<int, RawCell>();
            for (var i = 0; i < record.Length; i++)
            {
                if (!string.IsNullOrWhiteSpace(record[i])) cells[i] = new RawCell(RawCellKind.Text, record[i]);
            }

            yield return new RawRow(start, cells) { FieldCount = record.Length, RawText = parser.RawRecord.TrimEnd('\r', '\n') };
        }
    }
}
