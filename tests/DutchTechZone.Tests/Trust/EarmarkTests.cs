using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Tests.Spreadsheets;
using static DutchTechZone.Tests.Spreadsheets.SpreadsheetAssert;

namespace DutchTechZone.Tests.Trust;

/// <summary>
/// Earmarked Network-plan money is marked explicitly (Begroting column Geoormerkt, Ja/Nee); older files without the
/// column keep the old rule (activity starts with Cofinanciering); a line that looks like co-financing but is not
/// marked gives a warning naming its row, so a typo no longer turns earmarked money silently into free money.
/// </summary>
public sealed class EarmarkTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheGeoormerktColumnDecidesNotTheActivityName()
    {
        var path = new TestWorkbook().Sheet("Begroting",
            ["Jaar", "Thema", "Activiteit", "Financieringsbron", "Bedrag", "Geoormerkt"],
            [2026, 2, "Cofinancering Samen Sterker", "Netwerk- en Verbindingsplan", 30000m, "Ja"],
            [2026, 3, "Cofinanciering Netwerkdag", "Netwerk- en Verbindingsplan", 5000m, "Nee"],
            [2026, 3, "Netwerkbijeenkomsten", "Netwerk- en Verbindingsplan", 55000m, null]).Save(_temp.File("b.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal([true, false, false], result.RowsOf<BegrotingRow>().Select(r => r.Earmarked));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("rij 3", warning, StringComparison.Ordinal);
        Assert.Contains("Cofinanciering Netwerkdag", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOldFileWithoutTheColumnFollowsTheNameRuleAndATypoIsReported()
    {
        var path = new TestWorkbook().Sheet("Begroting",
            ["Jaar", "Thema", "Activiteit", "Financieringsbron", "Bedrag"],
            [2026, 2, "Cofinanciering Samen Sterker", "Netwerk- en Verbindingsplan", 30000m],
            [2026, 2, "Cofinancering Samen Sterker 2", "Netwerk- en Verbindingsplan", 10000m],
            [2026, 1, "Cofinanciering mkb", "Gemeentelijke bijdrage", 10000m]).Save(_temp.File("old.xlsx"));

        var result = Reader().Read(path);

        Valid(result);
        Assert.Equal([true, false, false], result.RowsOf<BegrotingRow>().Select(r => r.Earmarked));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("rij 3", warning, StringComparison.Ordinal);
        Assert.Contains("Geoormerkt", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownGeoormerktValueIsAnError()
    {
        var path = new TestWorkbook().Sheet("Begroting",
            ["Jaar", "Thema", "Activiteit", "Financieringsbron", "Bedrag", "Geoormerkt"],
            [2026, 2, "Samen Sterker", "Netwerk- en Verbindingsplan", 30000m, "Misschien"]).Save(_temp.File("b.xlsx"));

        var result = Reader().Read(path);

        var error = SingleError(result, "Begroting", 2, "F (Geoormerkt)");
        Assert.Contains("Ja of Nee", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTemplateOffersGeoormerktWithAJaNeeList()
    {
        var begroting = DutchTechZone.Etl.Spreadsheets.TemplateCatalog.All.Single(t => t.Kind == TemplateKind.Begroting);

        var column = Assert.Single(begroting.Columns, c => c.Header == "Geoormerkt");
        Assert.False(column.Required);
        Assert.Equal(["Ja", "Nee"], TemplateLists.For(column.ValueKind, TemplateKind.Begroting, []));
    }
}
