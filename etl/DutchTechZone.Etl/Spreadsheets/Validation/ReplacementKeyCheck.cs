using System.Globalization;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// Refuses double counting within one file: when two sheets of the same template (typically a copied sheet such as
/// "Begroting (2)") hold rows with the same replacement key of spreadsheets.md, every such row of the later sheet
/// is an error naming the earlier sheet. Keys: Middelen and Begroting: Jaar; Realisatie: Partner + year of Datum;
/// Capaciteit: Partner + Periode; Indicatoren: Indicator + Periode + Gemeente. Names compare by <see cref="NameKey"/>.
/// </summary>
internal sealed class ReplacementKeyCheck
{
    private readonly Dictionary<(TemplateKind Kind, string Key), string> _sheetByKey = [];

    /// <summary>Reports the rows of <paramref name="sheet"/> whose key an earlier sheet delivered; returns the other rows.</summary>
    public List<object> Check(TemplateKind kind, string sheet, HeaderMap map, IReadOnlyList<object> rows, ErrorCollector errors)
    {
        var kept = new List<object>(rows.Count);
        var keys = new List<string>(rows.Count);
        foreach (var row in rows)
        {
            var key = KeyOf(row);
            keys.Add(key.Key);
            if (_sheetByKey.TryGetValue((kind, key.Key), out var earlier) && earlier != sheet)
            {
                errors.Add(sheet, key.Row, map.Describe(key.Header), key.Value,
                    $"Blad '{sheet}' bevat opnieuw gegevens voor {key.Description}, die al in blad '{earlier}' staan; lever elk gegeven één keer aan");
                continue;
            }

            kept.Add(row);
        }

        foreach (var key in keys) _sheetByKey.TryAdd((kind, key), sheet);
        return kept;
    }

    private static (string Key, int Row, string Header, string Value, string Description) KeyOf(object row)
    {
        switch (row)
        {
            case MiddelenRow m:
                return YearKey(m.Row, m.Year);
            case BegrotingRow b:
                return YearKey(b.Row, b.Year);
            case RealisatieRow r:
                var year = r.Date.Year.ToString(CultureInfo.InvariantCulture);
                return ($"{NameKey.Of(r.Partner)}|{year}", r.Row, "Partner", r.Partner, $"partner {r.Partner} in jaar {year}");
            case CapaciteitRow c:
                return ($"{NameKey.Of(c.Partner)}|{c.Period.Text}", c.Row, "Partner", c.Partner, $"partner {c.Partner} in periode {c.Period.Text}");
            case IndicatorRow i:
                var where = i.MunicipalityCode is null ? "de hele regio" : $"gemeente {i.MunicipalityCode}";
                return ($"{NameKey.Of(i.Indicator)}|{i.Period.Text}|{i.MunicipalityCode}", i.Row, "Indicator", i.Indicator,
                    $"indicator {i.Indicator} in periode {i.Period.Text} voor {where}");
            default:
                throw new ArgumentException($"Onbekend rijtype {row.GetType().Name}", nameof(row));
        }
    }

    private static (string Key, int Row, string Header, string Value, string Description) YearKey(int row, int year)
    {
        var text = year.ToString(CultureInfo.InvariantCulture);
        return (text, row, "Jaar", text, $"jaar {text}");
    }
}
