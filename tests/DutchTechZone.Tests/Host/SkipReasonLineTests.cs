using DutchTechZone.Etl.Population;
using DutchTechZone.Host.Cli;

namespace DutchTechZone.Tests.Host;

/// <summary>
/// Hostile review: <c>import cbs</c> printed "ongewijzigd sinds de vorige lading" for every skipped table, also when the
/// bundled sample was refused over live figures or none of the municipalities is in the table: the operator was told
/// nothing happened because nothing changed. The line now says the real reason (the <c>etl_import</c> message).
/// </summary>
public sealed class SkipReasonLineTests
{
    private const string Refused = "het warehouse bevat live CBS-cijfers van deze tabel; het meegeleverde voorbeeld wordt er niet overheen geladen";

    [Fact]
    public async Task ARegionalSampleRefusedOverLiveFiguresSaysSoOnStdout()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        await ImportCbsCommand.PrintRegionalAsync([new TableImportResult("70072ned", "bundled sample", "skipped", 0, 0, null, Refused)], output, error);

        var line = output.ToString().Split('\n')[0].TrimEnd('\r');
        Assert.Equal($"Regionale cijfers CBS 70072ned (bundled sample): overgeslagen, {Refused}, 0 rijen geschreven", line);
        Assert.DoesNotContain("ongewijzigd", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public async Task APopulationTableSkippedForItsReasonSaysThatReason()
    {
        using var output = new StringWriter();
        const string none = "geen van de gemeenten staat in 37230ned: GM9998, GM9999";

        await ImportCbsCommand.PrintAsync(
            [
                new TableImportResult("37230ned", "bundled sample", "skipped", 0, 0, null, Refused),
                new TableImportResult("03759ned", "CBS", "skipped", 0, 0, null, none),
            ], output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal($"CBS 37230ned (bundled sample): overgeslagen, {Refused}, 0 rijen geschreven", lines[0]);
        Assert.Equal($"CBS 03759ned (CBS): overgeslagen, {none}, 0 rijen geschreven", lines[1]);
    }

    [Fact]
    public async Task AnUnchangedTableStillSaysItIsUnchangedWithTheStampCbsGave()
    {
        using var output = new StringWriter();
        const string unchanged = "ongewijzigd sinds 2026-11-02 09:00 (CBS Modified) en hetzelfde verzoek";

        await ImportCbsCommand.PrintRegionalAsync([new TableImportResult("80137ned", "CBS", "skipped", 0, 0, null, unchanged)], output);

        Assert.StartsWith($"Regionale cijfers CBS 80137ned (CBS): overgeslagen, {unchanged}, 0 rijen geschreven", output.ToString(), StringComparison.Ordinal);
    }
}
