using System.IO.Compression;
using System.Text;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Checks an xlsx package before the OpenXml SDK opens it: a readable zip, not too many entries, declared and
/// actual uncompressed sizes within <see cref="SpreadsheetLimits.MaxUncompressedBytes"/> (every entry is inflated
/// once with a byte count, so a lying header does not help), no macros (a <c>vbaProject</c> part or a
/// macro-enabled content type), and no DTD in any XML part. Returns a Dutch message, or null when the package may be opened.
/// </summary>
internal static class ZipInspector
{
    private const int ScanBytes = 4096;

    public static string? Check(Stream stream, SpreadsheetLimits limits, CancellationToken ct)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxZipEntries) return $"De werkmap bevat te veel onderdelen ({entries.Count}); mogelijk een kwaadaardig bestand";
            if (entries.Any(e => e.FullName.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
            {
                return MacroMessage;
            }

            long declared = 0;
            foreach (var entry in entries) declared += entry.Length;
            if (declared > limits.MaxUncompressedBytes) return BombMessage(limits);

            long inflated = 0;
            var buffer = new byte[81920];
            foreach (var entry in entries)
            {
                ct.ThrowIfCancellationRequested();
                var head = new MemoryStream();
                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                {
                    inflated += read;
                    if (inflated > limits.MaxUncompressedBytes) return BombMessage(limits);
                    if (head.Length < ScanBytes) head.Write(buffer, 0, (int)Math.Min(read, ScanBytes - head.Length));
                }

                var text = Encoding.UTF8.GetString(head.ToArray());
                if (text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
                {
                    return $"De werkmap bevat een DTD of entiteitsdefinitie (in {entry.FullName}); dat is niet toegestaan en wordt niet verwerkt";
                }
            }

            var contentTypes = zip.GetEntry("[Content_Types].xml");
            if (contentTypes is null) return NotAWorkbook;
            using (var reader = new StreamReader(contentTypes.Open(), Encoding.UTF8))
            {
                var types = reader.ReadToEnd();
                if (types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)) return MacroMessage;
                if (!types.Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase)) return NotAWorkbook;
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return CorruptMessage;
        }
        catch (IOException)
        {
            return CorruptMessage;
        }
        finally
        {
            stream.Position = 0;
        }
    }

    public const string MacroMessage =
        "De werkmap bevat macro's (VBA); werkmappen met macro's (.xlsm) worden niet geaccepteerd. Sla het bestand op als Excel-werkmap (.xlsx) zonder macro's";

    public const string CorruptMessage =
        "Het bestand is beschadigd: het is geen leesbaar zip-archief en dus geen geldige Excel-werkmap (.xlsx)";

    public const string NotAWorkbook =
        "Het bestand is geen Excel-werkmap: het zip-archief bevat geen spreadsheet. Lever een .xlsx- of .csv-bestand";

    private static string BombMessage(SpreadsheetLimits limits) =>
        $"De werkmap pakt uit tot meer dan {limits.MaxUncompressedBytes / (1024 * 1024.0):0.##} MB; mogelijk een zip-bom. Het bestand wordt niet verwerkt";
}
