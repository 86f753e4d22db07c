using System.Globalization;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Reads one sheet against a template: finds the header row (the first non-empty row), maps the columns, parses every
/// data row, skips empty rows, checks a trailing Totaal row, and applies the row limits. After
/// <see cref="SpreadsheetLimits.MaxConsecutiveEmptyRows"/> empty rows the rest of the sheet is only scanned (nothing is
/// parsed) up to <see cref="SpreadsheetLimits.MaxScannedRows"/>: data after the gap is an error, never silently
/// dropped. One interpreter serves all sheets of a file, so it also refuses a replacement key that an earlier sheet
/// of the same template delivered already (a copied sheet). All problems go to the <see cref="ErrorCollector"/>.
/// </summary>
internal sealed class SheetInterpreter
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private readonly ErrorCollector _errors;
    private readonly MunicipalityMatcher _municipalities;
    private readonly SpreadsheetLimits _limits;
    private readonly ReplacementKeyCheck _keys = new();

    public SheetInterpreter(ErrorCollector errors, MunicipalityMatcher municipalities, SpreadsheetLimits limits)
    {
        _errors = errors;
        _municipalities = municipalities;
        _limits = limits;
    }

    /// <summary>
    /// Interprets <paramref name="sheet"/>. With <paramref name="byName"/> the template is known from the sheet name;
    /// otherwise it is recognised from the header row. When nothing is recognised, <paramref name="unrecognised"/>
    /// is called and null returned.
    /// </summary>
    public TemplateSheet? Interpret(RawSheet sheet, TemplateDefinition? byName, Action<string> unrecognised, CancellationToken ct)
    {
        using var rows = new SafeRows(sheet.Rows, e => _errors.Add(sheet.Name, null, null, null, ReadFailure(e)));
        var header = NextNonEmpty(rows, sheet.Name, null, 0, ct);
        if (header is null)
        {
            if (byName is not null) _errors.Add(sheet.Name, null, null, null, $"Blad {sheet.Name} is leeg: de kopregel met de kolomnamen ontbreekt");
            else unrecognised("het blad is leeg");
            return null;
        }

        var template = byName ?? TemplateRecognizer.FromHeaders(header.Cells.Values.Select(c => c.Text));
        if (template is null)
        {
            unrecognised("de kopregel past bij geen sjabloon");
            return null;
        }

        var map = MapHeaders(sheet.Name, header, template);
        if (map is null) return null;

        var headerColumns = header.Cells.Where(kv => !kv.Value.IsBlank).Select(kv => kv.Key).ToHashSet();
        var parser = CreateParser(template.Kind);
        var result = new List<object>();
        var failedRows = 0;
        RowContext? total = null;
        var dataRows = 0;
        var previous = header.RowNumber;
        while (NextNonEmpty(rows, sheet.Name, map, previous, ct) is { } raw)
        {
            previous = raw.RowNumber;
            if (++dataRows > _limits.MaxRows)
            {
                _errors.Add(sheet.Name, raw.RowNumber, null, null, $"Blad {sheet.Name} heeft meer dan {_limits.MaxRows} rijen; lever de gegevens in kleinere bestanden");
                break;
            }

            var context = new RowContext(raw, map, sheet.Name, _errors, _municipalities, sheet.Date1904);
            var stray = false;
            foreach (var (index, cell) in raw.Cells.Where(kv => !kv.Value.IsBlank && !headerColumns.Contains(kv.Key)).OrderBy(kv => kv.Key))
            {
                stray = true;
                _errors.Add(sheet.Name, raw.RowNumber, ColumnLetters.Of(index), cell.Text,
                    $"Kolom {ColumnLetters.Of(index)} heeft geen kolomnaam in de kopregel, maar deze rij heeft daar een waarde; verwacht geen waarden buiten de kolommen van het sjabloon (bij een CSV-bestand: staat er een scheidingsteken in een waarde?)");
            }

            if (sheet.ExactFieldCount && raw.FieldCount != header.FieldCount)
            {
                ReportFieldCount(sheet.Name, raw, header.FieldCount);
                failedRows++;
                continue;
            }

            if (IsTotalRow(raw))
            {
                if (total is not null) ReportTotalNotLast(sheet.Name, total);
                total = context;
                continue;
            }

            if (total is not null)
            {
                ReportTotalNotLast(sheet.Name, total);
                total = null;
            }

            if (parser.Parse(context) is { } typed && !stray) result.Add(typed);
            else failedRows++;
        }

        if (total is not null) CheckTotal(total, template, result, failedRows);
        var delivered = _keys.Check(template.Kind, sheet.Name, map, result, _errors);
        return new TemplateSheet(template.Kind, sheet.Name, header.RowNumber, delivered);
    }

    private static ITemplateRowParser CreateParser(TemplateKind kind) => kind switch
    {
        TemplateKind.Middelen => new MiddelenRowParser(),
        TemplateKind.Begroting => new BegrotingRowParser(),
        TemplateKind.Realisatie => new RealisatieRowParser(),
        TemplateKind.Capaciteit => new CapaciteitRowParser(),
        _ => new IndicatorRowParser(),
    };

    // A Totaal row: its first filled cell says "Totaal", or (the amount column comes before the label) it holds only
    // the label and one value.
    private static bool IsTotalRow(RawRow row) => TotalLabel(row) is not null;

    private static RawCell? TotalLabel(RawRow row)
    {
        static bool IsLabel(RawCell c) => c.Kind == RawCellKind.Text && NameKey.Of(c.Text).TrimEnd(':') == "totaal";
        if (row.FirstNonEmpty() is { } first && IsLabel(first))
        {
            return first;
        }

        var filled = row.Cells.Values.Where(c => !c.IsBlank).ToList();
        return filled.Count == 2 ? filled.FirstOrDefault(IsLabel) : null;
    }

    private static string ReadFailure(Exception e) => e switch
    {
        System.Xml.XmlException when e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) =>
            "Het blad bevat een DTD (documenttypedefinitie); dat is niet toegestaan in een werkmap",
        _ => $"Het blad kan niet verder gelezen worden; het bestand is beschadigd ({e.GetType().Name})",
    };

    private HeaderMap? MapHeaders(string sheet, RawRow header, TemplateDefinition template)
    {
        var map = new HeaderMap(template, header.RowNumber);
        var ok = true;
        foreach (var (index, cell) in header.Cells.OrderBy(kv => kv.Key))
        {
            if (cell.IsBlank) continue;
            var text = cell.Text.Trim();
            var column = template.Find(text);
            if (column is null)
            {
                _errors.Warn($"Blad {sheet}: kolom {ColumnLetters.Of(index)} ({text}) hoort niet bij het sjabloon {template.Kind} en is genegeerd");
            }
            else if (!map.TryAdd(column, index))
            {
                ok = false;
                _errors.Add(sheet, header.RowNumber, $"{ColumnLetters.Of(index)} ({column.Header})", text,
                    $"Kolom {column.Header} komt twee keer voor (ook in kolom {ColumnLetters.Of(map.IndexOf(column.Header)!.Value)}); elke kolom mag maar één keer voorkomen");
            }
        }

        foreach (var missing in template.Columns.Where(c => c.Required && !map.Contains(c.Header)))
        {
            ok = false;
            _errors.Add(sheet, header.RowNumber, missing.Header, null,
                $"Verplichte kolom {missing.Header} ontbreekt in de kopregel van blad {sheet} (sjabloon {template.Kind})");
        }

        return ok ? map : null;
    }

    /// <summary>
    /// The next non-empty row, or null at the end of the sheet. After the empty-row limit the rest is scanned cheaply
    /// (rows are only tested for emptiness) and any data found there, or a sheet beyond the scan cap, is an error.
    /// </summary>
    private RawRow? NextNonEmpty(SafeRows rows, string sheet, HeaderMap? map, int previous, CancellationToken ct)
    {
        var empty = 0;
        while (rows.MoveNext())
        {
            ct.ThrowIfCancellationRequested();
            var row = rows.Current;
            if (rows.Count > _limits.MaxScannedRows)
            {
                ReportTooLong(sheet, row);
                return null;
            }

            if (!row.IsEmpty)
            {
                // Rows absent from the file (an xlsx may skip row numbers) count as empty, exactly as written empty rows do.
                if ((long)row.RowNumber - previous - 1 >= _limits.MaxConsecutiveEmptyRows)
                {
                    ReportDataAfterEmptyRows(sheet, row, map, previous);
                    return null;
                }

                return row;
            }

            if (++empty >= _limits.MaxConsecutiveEmptyRows)
            {
                ScanAfterEmptyRows(rows, sheet, map, previous, ct);
                return null;
            }
        }

        return null;
    }

    private void ScanAfterEmptyRows(SafeRows rows, string sheet, HeaderMap? map, int previous, CancellationToken ct)
    {
        while (rows.MoveNext())
        {
            if ((rows.Count & 0x3FF) == 0) ct.ThrowIfCancellationRequested();
            var row = rows.Current;
            if (rows.Count > _limits.MaxScannedRows)
            {
                ReportTooLong(sheet, row);
                return;
            }

            if (row.IsEmpty) continue;
            ReportDataAfterEmptyRows(sheet, row, map, previous);
            return;
        }
    }

    private void ReportDataAfterEmptyRows(string sheet, RawRow row, HeaderMap? map, int previous)
    {
        var (index, cell) = row.Cells.Where(kv => !kv.Value.IsBlank).MinBy(kv => kv.Key);
        var header = map?.HeaderAt(index);
        var column = header is null ? ColumnLetters.Of(index) : $"{ColumnLetters.Of(index)} ({header})";
        var limit = _limits.MaxConsecutiveEmptyRows.ToString("N0", Dutch);
        var found = row.RowNumber.ToString(CultureInfo.InvariantCulture);
        var message = previous > 0
            ? $"Na rij {previous.ToString(CultureInfo.InvariantCulture)} volgen meer dan {limit} lege rijen en daarna nog gegevens (rij {found}); verwijder de lege rijen"
            : $"Het blad begint met meer dan {limit} lege rijen en daarna volgen nog gegevens (rij {found}); verwijder de lege rijen";
        _errors.Add(sheet, row.RowNumber, column, cell.Text, message);
    }

    private void ReportTooLong(string sheet, RawRow row) =>
        _errors.Add(sheet, row.RowNumber, null, null,
            $"Blad {sheet} heeft meer dan {_limits.MaxScannedRows.ToString("N0", Dutch)} rijen (lege rijen tellen mee) en wordt niet verder gelezen; verwijder de lege rijen of lever de gegevens in kleinere bestanden");

    private void ReportFieldCount(string sheet, RawRow row, int expected) =>
        _errors.Add(sheet, row.RowNumber, null, row.RawText,
            $"De regel heeft {row.FieldCount.ToString(CultureInfo.InvariantCulture)} velden, maar de kopregel heeft er {expected.ToString(CultureInfo.InvariantCulture)}. " +
            "In een CSV-bestand met komma's als scheidingsteken splitst een komma in een waarde (zoals 45870,50) die waarde over twee kolommen. " +
            "Sla het bestand op als CSV met puntkomma's (;) als scheidingsteken, of zet waarden met een komma tussen aanhalingstekens (\"45870,50\")");

    private void ReportTotalNotLast(string sheet, RowContext total) =>
        _errors.Add(sheet, total.Row, null, TotalLabel(total.Raw)?.Text,
            "De Totaal-rij staat niet onderaan: onder de Totaal-rij staan nog gegevens");

    private void CheckTotal(RowContext total, TemplateDefinition template, List<object> rows, int failedRows)
    {
        if (template.TotalColumn is not { } column) return;
        var labelInTotalColumn = ReferenceEquals(total.Cell(column), TotalLabel(total.Raw));
        var stated = labelInTotalColumn ? null : total.Amount(column, required: false, maxDecimals: 2, euro: column == "Bedrag", maxAbsolute: null);
        if (stated is null)
        {
            if (!total.HasErrors) _errors.Warn($"Blad {total.Sheet}: de Totaal-rij (rij {total.Row}) heeft geen waarde in kolom {column} en is niet gecontroleerd");
            return;
        }

        if (failedRows > 0) return; // the sum of rows with errors means nothing; those errors are reported already
        var sum = rows.Sum(r => r switch
        {
            MiddelenRow m => m.Amount,
            BegrotingRow b => b.Amount,
            RealisatieRow r2 => r2.Amount,
            CapaciteitRow c => c.Hours,
            _ => 0m,
        });
        if (sum != stated.Value)
        {
            total.Error(column, total.Cell(column)?.Text,
                $"Totaal {stated.Value.ToString("N2", Dutch)} klopt niet met de som van de rijen ({sum.ToString("N2", Dutch)}) in kolom {column}");
        }
    }
}
