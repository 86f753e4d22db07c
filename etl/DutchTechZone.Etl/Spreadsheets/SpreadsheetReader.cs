using System.Xml;
using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Reads a delivered partner spreadsheet (.xlsx or .csv) against the five templates of the drop-folder contract.
/// Never throws for bad input: every problem (format, hostile content, headers, values) becomes a
/// <see cref="SpreadsheetError"/> in the result, and all errors of a file are reported. Only cancellation throws.
/// </summary>
public sealed class SpreadsheetReader
{
    private static readonly byte[] CfbMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private readonly MunicipalityMatcher _municipalities;
    private readonly SpreadsheetLimits _limits;

    /// <summary>Creates a reader that accepts the given municipalities (by CBS code or name).</summary>
    public SpreadsheetReader(IReadOnlyList<Municipality> municipalities, SpreadsheetLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        _municipalities = new MunicipalityMatcher(municipalities);
        _limits = limits ?? SpreadsheetLimits.Default;
    }

    /// <summary>The name of the helper sheet with drop-down lists in the templates; it is skipped without a warning.</summary>
    public const string ListsSheetName = "Lijsten";

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public WorkbookReadResult Read(string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(path, Path.GetFileName(path), ct);
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> (for example a claimed copy in the drop folder) as the file the
    /// partner delivered: <paramref name="deliveredName"/> decides the format by its extension, is
    /// <see cref="SpreadsheetError.File"/> and <see cref="WorkbookReadResult.FileName"/>, and (without extension)
    /// the sheet name of a CSV file.
    /// </summary>
    public WorkbookReadResult Read(string path, string deliveredName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(deliveredName);
        var fileName = Path.GetFileName(deliveredName);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return Read(stream, fileName, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var errors = new ErrorCollector(fileName);
            errors.FileError($"Het bestand kan niet geopend worden ({e.GetType().Name})");
            return errors.Result([]);
        }
    }

    /// <summary>Reads <paramref name="content"/>; <paramref name="fileName"/> decides the format by its extension.</summary>
    public WorkbookReadResult Read(Stream content, string fileName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new ErrorCollector(Path.GetFileName(fileName));
        var sheets = new List<TemplateSheet>();
        try
        {
            using var seekable = Buffer(content, errors);
            if (seekable is not null) ReadContent(seekable, errors, sheets, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            errors.FileError($"Het bestand kan niet gelezen worden: het is beschadigd of geen geldig {Path.GetExtension(fileName)}-bestand ({e.GetType().Name})");
        }

        return errors.Result(sheets);
    }

    private Stream? Buffer(Stream content, ErrorCollector errors)
    {
        if (content.CanSeek)
        {
            var length = content.Length - content.Position;
            if (length > _limits.MaxFileBytes)
            {
                errors.FileError(TooLarge(length));
                return null;
            }

            var copy = new MemoryStream((int)length);
            content.CopyTo(copy);
            copy.Position = 0;
            return copy;
        }

        var buffered = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            buffered.Write(buffer, 0, read);
            if (buffered.Length > _limits.MaxFileBytes)
            {
                errors.FileError(TooLarge(buffered.Length));
                buffered.Dispose();
                return null;
            }
        }

        buffered.Position = 0;
        return buffered;
    }

    private string TooLarge(long length) =>
        $"Het bestand is te groot ({length} bytes of meer); de grens is {_limits.MaxFileBytes} bytes";

    private void ReadContent(Stream stream, ErrorCollector errors, List<TemplateSheet> sheets, CancellationToken ct)
    {
        if (stream.Length == 0)
        {
            errors.FileError("Het bestand is leeg (0 bytes)");
            return;
        }

        var head = new byte[8];
        var headLength = stream.Read(head, 0, head.Length);
        stream.Position = 0;
        var isCfb = headLength == 8 && head.AsSpan().SequenceEqual(CfbMagic);
        var isZip = headLength >= 4 && head.AsSpan(0, 4).SequenceEqual(ZipMagic);
        var extension = Path.GetExtension(errors.FileName).ToUpperInvariant();
        switch (extension)
        {
            case ".XLS":
                errors.FileError("Het oude Excel-formaat (.xls) wordt niet geaccepteerd. Sla het bestand in Excel op als Excel-werkmap (.xlsx) of als CSV");
                return;
            case ".XLSM" or ".XLTM" or ".XLAM":
                errors.FileError(ZipInspector.MacroMessage);
                return;
            case ".XLSB":
                errors.FileError("Het binaire Excel-formaat (.xlsb) wordt niet geaccepteerd. Sla het bestand op als Excel-werkmap (.xlsx) of als CSV");
                return;
            case ".XLSX":
                if (isCfb)
                {
                    errors.FileError("Het bestand is met een wachtwoord beveiligd (versleuteld) of is een oud Excel-bestand (.xls) met een .xlsx-naam. Verwijder de beveiliging en sla op als Excel-werkmap (.xlsx)");
                }
                else if (!isZip)
                {
                    errors.FileError("Het bestand heeft een .xlsx-naam maar is geen Excel-werkmap (geen zip-archief). Sla het bestand in Excel op als Excel-werkmap (.xlsx)");
                }
                else
                {
                    ReadXlsx(stream, errors, sheets, ct);
                }

                return;
            case ".CSV":
                if (isCfb || isZip)
                {
                    errors.FileError("Het bestand heeft een .csv-naam maar is een Excel-werkmap of ander binair bestand, geen tekst. Lever een echte CSV of een .xlsx");
                }
                else
                {
                    ReadCsv(stream, errors, sheets, ct);
                }

                return;
            default:
                errors.FileError($"Bestandstype '{Path.GetExtension(errors.FileName)}' wordt niet geaccepteerd; alleen Excel-werkmappen (.xlsx) en CSV-bestanden (.csv)");
                return;
        }
    }

    private void ReadXlsx(Stream stream, ErrorCollector errors, List<TemplateSheet> sheets, CancellationToken ct)
    {
        if (ZipInspector.Check(stream, _limits, ct) is { } problem)
        {
            errors.FileError(problem);
            return;
        }

        XlsxWorkbookSource source;
        try
        {
            source = XlsxWorkbookSource.Open(stream, _limits, ct);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            errors.FileError("De werkmap bevat een DTD (documenttypedefinitie); dat is niet toegestaan en wordt niet verwerkt");
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            errors.FileError($"Het bestand is geen geldige Excel-werkmap en kan niet gelezen worden ({e.GetType().Name})");
            return;
        }

        using (source)
        {
            var interpreter = new SheetInterpreter(errors, _municipalities, _limits);
            foreach (var (name, hidden, sheet) in source.Sheets())
            {
                if (NameKey.Of(name) == NameKey.Of(ListsSheetName)) continue;
                var byName = TemplateCatalog.FindBySheetName(name);
                if (byName is null && hidden)
                {
                    errors.Warn($"Verborgen blad {name} is genegeerd");
                    continue;
                }

                var result = interpreter.Interpret(sheet, byName, reason => errors.Warn($"Blad {name} is genegeerd: {reason}"), ct);
                if (result is not null) sheets.Add(result);
            }
        }

        if (sheets.Count == 0 && errors.Errors.Count == 0)
        {
            errors.FileError($"De werkmap bevat geen blad volgens een sjabloon ({string.Join(", ", Enum.GetNames<TemplateKind>())}): geen bladnaam of kopregel herkend");
        }
    }

    private void ReadCsv(Stream stream, ErrorCollector errors, List<TemplateSheet> sheets, CancellationToken ct)
    {
        var sheetName = Path.GetFileNameWithoutExtension(errors.FileName);
        if (sheetName.Length == 0) sheetName = "CSV";
        byte[] bytes;
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            bytes = copy.ToArray();
        }

        if (CsvTextDecoder.Decode(bytes) is not var (text, encoding))
        {
            if (CsvTextDecoder.LooksLikeUtf16(bytes))
            {
                errors.FileError("Het bestand is UTF-16-tekst (Excel: 'Unicode-tekst') zonder geldige byte order mark of met beschadigde tekens en kan niet gelezen worden. Sla het op als 'CSV UTF-8 (door komma's gescheiden)' of lever een .xlsx");
                return;
            }

            errors.FileError("Het bestand is geen tekstbestand (het bevat binaire gegevens) en dus geen CSV. Sla het op als CSV (puntkomma-gescheiden) of lever een .xlsx");
            return;
        }

        var headerLine = text.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Trim().Trim(';', ',').Length > 0);
        var separator = headerLine is null ? null : CsvSeparatorDetector.Detect(headerLine);
        if (separator is null)
        {
            errors.Add(sheetName, null, null, headerLine,
                $"De kopregel is niet herkend als een van de sjablonen ({string.Join(", ", Enum.GetNames<TemplateKind>())}); verwacht kolomnamen gescheiden door ; (of ,)");
            return;
        }

        if (encoding != "UTF-8") errors.Warn($"{errors.FileName} is gelezen als {encoding}");
        var rows = CsvSheetSource.Rows(text, separator.Value,
            (line, raw) => errors.Add(sheetName, line, null, raw.Trim(), "De regel heeft ongeldige aanhalingstekens; verwacht een waarde tussen \"...\" zonder losse aanhalingstekens"));
        var interpreter = new SheetInterpreter(errors, _municipalities, _limits);
        var result = interpreter.Interpret(new RawSheet(sheetName, rows) { ExactFieldCount = separator == ',' }, null,
            reason => errors.Add(sheetName, null, null, null, $"De kopregel is niet herkend als een van de sjablonen: {reason}"), ct);
        if (result is not null) sheets.Add(result);
    }
}
