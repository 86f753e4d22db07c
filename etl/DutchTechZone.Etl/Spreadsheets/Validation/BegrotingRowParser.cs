namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Reads <see cref="BegrotingRow"/>s, including the explicit earmark (column Geoormerkt).</summary>
internal sealed class BegrotingRowParser : ITemplateRowParser
{
    public const string Geoormerkt = "Geoormerkt";

    public object? Parse(RowContext row)
    {
        var year = row.Year("Jaar");
        var theme = row.Theme("Thema");
        var activity = row.Text("Activiteit", required: true);
        var source = row.FundingSource("Financieringsbron", TemplateKind.Begroting);
        var amount = row.Amount("Bedrag", required: true);
        var note = row.Text("Toelichting", required: false);
        var hasColumn = row.Headers.IndexOf(Geoormerkt) is not null;
        var marked = hasColumn ? row.YesNo(Geoormerkt) : null;
        if (row.HasErrors) return null;

        var fromNetworkPlan = source == FundingSources.NetwerkEnVerbindingsplan;
        var earmarked = hasColumn ? marked == true : fromNetworkPlan && Earmarks.FollowsOldRule(activity!);
        if (fromNetworkPlan && !earmarked && Earmarks.LooksLikeCoFinancing(activity!))
        {
            row.Warn(hasColumn ? Geoormerkt : "Activiteit",
                $"'{activity}' lijkt op cofinanciering uit het Netwerk- en Verbindingsplan maar is niet als geoormerkt gemarkeerd; " +
                $"het bedrag telt als vrij te besteden. Zet {Geoormerkt} op Ja als het geoormerkt geld is.");
        }

        return new BegrotingRow(row.Row, year!.Value, theme!.Value, activity!, source!, amount!.Value, note, earmarked);
    }
}
