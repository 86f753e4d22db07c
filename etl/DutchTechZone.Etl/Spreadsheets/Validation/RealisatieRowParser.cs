namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Reads <see cref="RealisatieRow"/>s and checks that a Kenmerk is unique per partner within the file.</summary>
internal sealed class RealisatieRowParser : ITemplateRowParser
{
    private readonly Dictionary<(string Partner, string Reference), int> _firstRowByReference = [];

    public object? Parse(RowContext row)
    {
        var date = row.Date("Datum");
        var partner = row.Text("Partner", required: true);
        var theme = row.Theme("Thema");
        var activity = row.Text("Activiteit", required: true);
        var description = row.Text("Omschrijving", required: false);
        var reference = row.Text("Kenmerk", required: true);
        var status = row.Status("Status");
        var amount = row.Amount("Bedrag", required: true);
        if (partner is not null && reference is not null)
        {
            var key = (NameKey.Of(partner), NameKey.Of(reference));
            if (_firstRowByReference.TryGetValue(key, out var first))
            {
                row.Error("Kenmerk", reference,
                    $"Kenmerk {reference} van partner {partner} komt dubbel voor: in rij {first} en in rij {row.Row}; een kenmerk is uniek per partner");
            }
            else
            {
                _firstRowByReference[key] = row.Row;
            }
        }

        if (row.HasErrors) return null;
        return new RealisatieRow(row.Row, date!.Value, partner!, theme!.Value, activity!, description, reference!, status!.Value, amount!.Value);
    }
}
