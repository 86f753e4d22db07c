using System.Globalization;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Reads the typed values of one data row. Every getter reports its own located error (sheet, row, column letter
/// and header, value, Dutch message) and returns null; <see cref="HasErrors"/> tells whether the row is usable.
/// Values the warehouse cannot hold (see <see cref="WarehouseLimits"/>) are errors here too.
/// </summary>
internal sealed class RowContext
{
    private const string AmountExpected = "is geen bedrag in Nederlandse notatie (bijvoorbeeld 1.234,56)";
    private const int ShownTextLength = 60;
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly string WarehouseRange =
        $"{WarehouseLimits.FirstDate.ToString("d-M-yyyy", CultureInfo.InvariantCulture)} tot en met {WarehouseLimits.LastDate.ToString("d-M-yyyy", CultureInfo.InvariantCulture)}";

    private readonly ErrorCollector _errors;
    private readonly MunicipalityMatcher _municipalities;
    private readonly bool _date1904;

    public RowContext(RawRow row, HeaderMap headers, string sheet, ErrorCollector errors, MunicipalityMatcher municipalities, bool date1904 = false)
    {
        Raw = row;
        Headers = headers;
        Sheet = sheet;
        _errors = errors;
        _municipalities = municipalities;
        _date1904 = date1904;
    }

    public RawRow Raw { get; }

    public HeaderMap Headers { get; }

    public string Sheet { get; }

    public int Row => Raw.RowNumber;

    public bool HasErrors { get; private set; }

    public void Error(string header, string? value, string message)
    {
        HasErrors = true;
        _errors.Add(Sheet, Row, Headers.Describe(header), value, message);
    }

    public RawCell? Cell(string header) => Headers.IndexOf(header) is { } i ? Raw.Cell(i) : null;

    public string? Text(string header, bool required)
    {
        var cell = Present(header, required);
        if (cell is null) return null;
        if (cell.Kind == RawCellKind.Date) return cell.Date!.Value.ToString("d-M-yyyy", CultureInfo.InvariantCulture);
        var text = cell.Text.Trim();
        return IsTooLong(header, text) ? null : text;
    }

    /// <summary>Reports text longer than <see cref="WarehouseLimits.MaxTextLength"/> (the value shown shortened).</summary>
    private bool IsTooLong(string header, string text)
    {
        if (text.Length <= WarehouseLimits.MaxTextLength) return false;
        var shown = string.Concat(text.AsSpan(0, ShownTextLength), "…");
        Error(header, shown,
            $"{header} is te lang ({text.Length.ToString(CultureInfo.InvariantCulture)} tekens); verwacht hoogstens {WarehouseLimits.MaxTextLength.ToString(CultureInfo.InvariantCulture)} tekens");
        return true;
    }

    public int? Year(string header)
    {
        var cell = Present(header, required: true);
        if (cell is null) return null;
        int year;
        var ok = cell.Kind switch
        {
            RawCellKind.Number => cell.Number == Math.Floor(cell.Number) && cell.Number is >= 0 and < 10000,
            RawCellKind.Text => int.TryParse(cell.Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _),
            _ => false,
        };
        year = !ok ? 0 : cell.Kind == RawCellKind.Number ? (int)cell.Number : int.Parse(cell.Text.Trim(), CultureInfo.InvariantCulture);
        if (!ok || year is < 2000 or > 2100 || (cell.Kind == RawCellKind.Text && cell.Text.Trim().Length != 4))
        {
            Error(header, cell.Text, $"{header} is geen jaartal; verwacht een jaar van 4 cijfers tussen 2000 en 2100 (bijvoorbeeld 2026)");
            return null;
        }

        return year;
    }

    /// <summary>
    /// A decimal from a numeric cell or Dutch text; <paramref name="maxDecimals"/> null means no limit, and a value
    /// beyond <paramref name="maxAbsolute"/> (either sign; null: no limit) is an error.
    /// </summary>
    public decimal? Amount(string header, bool required, int? maxDecimals = 2, bool euro = true, decimal? maxAbsolute = WarehouseLimits.MaxAmount)
    {
        var cell = Present(header, required);
        if (cell is null) return null;
        decimal value;
        switch (cell.Kind)
        {
            case RawCellKind.Number when ExcelNumbers.TryToDecimal(cell.Number, out value):
                break;
            case RawCellKind.Text when DutchNumberParser.TryParse(cell.Text, euro, out value):
                break;
            default:
                Error(header, cell.Text, euro
                    ? $"{header} {AmountExpected}"
                    : $"{header} is geen getal in Nederlandse notatie (bijvoorbeeld 1.234,5)");
                return null;
        }

        if (maxDecimals is { } max && DutchNumberParser.DecimalPlaces(value) > max)
        {
            Error(header, cell.Text, euro
                ? $"{header} heeft meer dan {max} decimalen; een bedrag is op de cent (bijvoorbeeld 1.234,56)"
                : $"{header} heeft meer dan {max} decimalen (bijvoorbeeld 12,25)");
            return null;
        }

        if (maxAbsolute is { } limit && Math.Abs(value) > limit)
        {
            Error(header, cell.Text, euro
                ? $"{header} is te groot; verwacht een bedrag van hoogstens € {limit.ToString("N0", Dutch)} (positief of negatief)"
                : $"{header} is te groot; verwacht een getal van hoogstens {limit.ToString("N0", Dutch)} (positief of negatief)");
            return null;
        }

        return value;
    }

    public DateOnly? Date(string header)
    {
        var cell = Present(header, required: true);
        if (cell is null) return null;
        DateOnly date;
        switch (cell.Kind)
        {
            case RawCellKind.Date:
                date = cell.Date!.Value;
                break;
            case RawCellKind.Number when ExcelNumbers.TrySerialToDate(cell.Number, _date1904, out date):
                break;
            case RawCellKind.Text when DutchDateParser.TryParse(cell.Text, out date):
                break;
            default:
                Error(header, cell.Text, $"{header} is geen geldige datum; verwacht bijvoorbeeld 30-9-2025 of 2025-09-30");
                return null;
        }

        if (date >= WarehouseLimits.FirstDate && date <= WarehouseLimits.LastDate) return date;
        var shown = date.ToString("d-M-yyyy", CultureInfo.InvariantCulture);
        Error(header, cell.Text, cell.Kind == RawCellKind.Number
            ? $"{header} is een getal en wordt als Excel-datumnummer gelezen: {shown}. Die datum ligt buiten {WarehouseRange}; typ een datum, bijvoorbeeld 30-9-2025"
            : $"{header} {shown} ligt buiten de datums die verwerkt kunnen worden ({WarehouseRange}); verwacht een datum in die periode");
        return null;
    }

    public Period? Period(string header)
    {
        var cell = Present(header, required: true);
        if (cell is null) return null;
        Period? period = null;
        var ok = cell.Kind switch
        {
            RawCellKind.Text => Spreadsheets.Period.TryParse(cell.Text, out period),
            RawCellKind.Number => cell.Number == Math.Floor(cell.Number)
                && Spreadsheets.Period.TryParse(cell.Number.ToString("R", CultureInfo.InvariantCulture), out period),
            // Excel turns a typed "2026-03" into the date 1-3-2026: a first-of-month date means that month.
            RawCellKind.Date when cell.Date!.Value.Day == 1 && cell.Date.Value.Year is >= 2000 and <= 2100 =>
                (period = Spreadsheets.Period.Month(cell.Date.Value.Year, cell.Date.Value.Month)) is not null,
            _ => false,
        };
        if (!ok || period is null)
        {
            Error(header, cell.Text, $"{header} is geen geldige periode; verwacht een jaar (2026), maand (2026-03) of kwartaal (2026-K1)");
            return null;
        }

        if (period.Start < WarehouseLimits.FirstDate || period.End > WarehouseLimits.LastDate)
        {
            Error(header, cell.Text, $"{header} {period.Text} ligt buiten de datums die verwerkt kunnen worden ({WarehouseRange}); verwacht een periode die daarbinnen valt");
            return null;
        }

        return period;
    }

    public int? Theme(string header)
    {
        var cell = Present(header, required: true);
        if (cell is null) return null;
        if (Themes.TryFind(cell.Text, out var theme)) return theme;
        Error(header, cell.Text, $"{header} is onbekend; verwacht een nummer 1 tot en met 4 of de naam van een investeringsthema");
        return null;
    }

    public string? FundingSource(string header, TemplateKind kind)
    {
        var cell = Present(header, required: true);
        if (cell is null) return null;
        if (IsTooLong(header, cell.Text.Trim())) return null;
        var allowed = FundingSources.AllowedIn(kind);
        if (FundingSources.TryFind(cell.Text, out var source) && allowed.Contains(source)) return source;
        var message = source == FundingSources.GemeentelijkeBijdrage
            ? $"{header} Gemeentelijke bijdrage mag niet in {kind}: de gemeentelijke bijdrage wordt berekend uit de CBS-inwonertallen"
            : $"{header} is onbekend; verwacht een van: {string.Join(", ", allowed)}";
        Error(header, cell.Text, message);
        return null;
    }

    public string? Municipality(string header)
    {
        var cell = Present(header, required: false);
        if (cell is null) return null;
        if (_municipalities.TryFind(cell.Text, out var code)) return code;
        Error(header, cell.Text, $"{header} is onbekend; verwacht de naam of CBS-code van een partnergemeente (bijvoorbeeld Emmen of GM0114)");
        return null;
    }

    public SpendingStatus? Status(string header)
    {
        var cell = Present(header, required: true);
        if (cell is null) return null;
        switch (NameKey.Of(cell.Text))
        {
            case "verplicht": return SpendingStatus.Verplicht;
            case "betaald": return SpendingStatus.Betaald;
            default:
                Error(header, cell.Text, $"{header} is onbekend; verwacht Verplicht of Betaald");
                return null;
        }
    }

    /// <summary>Ja or Nee (case-insensitive; also J/N, Yes/No); an empty cell is Nee.</summary>
    public bool? YesNo(string header)
    {
        var cell = Present(header, required: false);
        if (cell is null) return false;
        switch (NameKey.Of(cell.Text))
        {
            case "ja" or "j" or "yes" or "y" or "true" or "1": return true;
            case "nee" or "n" or "no" or "false" or "0" or "": return false;
            default:
                Error(header, cell.Text, $"{header} is onbekend; verwacht Ja of Nee");
                return null;
        }
    }

    /// <summary>A warning about this row: the file is still loaded, the warning is shown with the ingest result.</summary>
    public void Warn(string header, string message) =>
        _errors.Warn($"Blad {Sheet}, rij {Row}, kolom {Headers.Describe(header)}: {message}");

    public PartnerType? PartnerType(string header)
    {
        var cell = Present(header, required: true);
        if (cell is null) return null;
        if (PartnerTypes.TryFind(cell.Text, out var type)) return type;
        Error(header, cell.Text, $"{header} is onbekend; verwacht een van: {string.Join(", ", PartnerTypes.Names)}");
        return null;
    }

    /// <summary>The cell, or null after reporting a missing required value or an Excel error value.</summary>
    private RawCell? Present(string header, bool required)
    {
        var cell = Cell(header);
        if (cell is null)
        {
            if (required) Error(header, null, $"{header} is verplicht maar leeg");
            return null;
        }

        if (cell.Kind == RawCellKind.Error)
        {
            Error(header, cell.Text, $"{header} bevat een Excel-fout ({cell.Text}); verwacht een waarde");
            return null;
        }

        if (cell.Kind == RawCellKind.Boolean)
        {
            Error(header, cell.Text, $"{header} bevat een waar/onwaar-waarde; verwacht een gewone waarde");
            return null;
        }

        return cell;
    }
}
