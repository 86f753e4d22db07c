using DutchTechZone.Database.Queries;
using DutchTechZone.Host.Serve.Status;

namespace DutchTechZone.Tests.Serve;

/// <summary>
/// Hostile review: the status page called every skipped import "ongewijzigd", also the bundled sample that was refused
/// over live CBS figures or a division year not in the snapshot; it says "overgeslagen" and the reason stays in the
/// Toelichting column.
/// </summary>
public sealed class StatusPageWordsTests
{
    [Fact]
    public void ASkippedImportIsCalledSkippedAndItsReasonIsShown()
    {
        const string refused = "het warehouse bevat live CBS-cijfers van 37230ned; de meegeleverde voorbeeldcijfers worden daar niet overheen geladen";
        var imports = new[]
        {
            new ImportRow { ImportId = 7, Kind = "cbs", Name = "37230ned", Origin = "bundled sample", Status = "skipped", StartedAt = DateTimeOffset.UnixEpoch, Message = refused },
        };

        var page = StatusPage.Render(new StatusSnapshot([], imports, [], [], null, null), null, null, 1024 * 1024);

        Assert.Contains("overgeslagen</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ongewijzigd", page, StringComparison.Ordinal);
        Assert.Contains("het warehouse bevat live CBS-cijfers van 37230ned", page, StringComparison.Ordinal);
    }
}
