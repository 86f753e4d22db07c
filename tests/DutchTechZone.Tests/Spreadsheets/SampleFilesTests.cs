using System.Runtime.CompilerServices;
using DutchTechZone.Etl.Spreadsheets;
using static DutchTechZone.Tests.Spreadsheets.SpreadsheetAssert;

namespace DutchTechZone.Tests.Spreadsheets;

public sealed class SampleFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_five_bundled_samples_are_written_to_a_folder_and_each_reads_back_as_valid()
    {
        var paths = SampleFiles.WriteAll(_temp.Path);

        Assert.Equal(["Begroting_2026.xlsx", "Capaciteit_2026.xlsx", "Indicatoren_2026.xlsx", "Middelen_2026.xlsx", "Realisatie_2026.xlsx"], paths.Select(Path.GetFileName));
        foreach (var path in paths)
        {
            var result = Reader().Read(path);
            Valid(result);
            Assert.Empty(result.Warnings);
            Assert.NotEmpty(Assert.Single(result.Sheets).Rows);
        }
    }

    [Fact]
    public void The_Middelen_sample_holds_the_Jaarplan_2026_resources_to_the_euro()
    {
        var result = Reader().Read(SampleFiles.WriteAll(_temp.Path).Single(p => p.EndsWith("Middelen_2026.xlsx", StringComparison.Ordinal)));

        var rows = result.RowsOf<MiddelenRow>();
        Assert.All(rows, r => Assert.Equal(2026, r.Year));
        Assert.Equal(45_870m, rows.Where(r => r.FundingSource == FundingSources.OvergeblevenMiddelen).Sum(r => r.Amount));
        Assert.Equal(125_000m, rows.Where(r => r.FundingSource == FundingSources.NetwerkEnVerbindingsplan).Sum(r => r.Amount));
        var reserved = Assert.Single(rows, r => r.FundingSource == FundingSources.NetwerkEnVerbindingsplanReservering);
        Assert.Equal(307_266m, reserved.Amount);
        Assert.Contains("30.000 in 2027", reserved.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Begroting_sample_spends_the_contributions_carry_over_and_Network_plan_exactly()
    {
        var result = Reader().Read(SampleFiles.WriteAll(_temp.Path).Single(p => p.EndsWith("Begroting_2026.xlsx", StringComparison.Ordinal)));

        var rows = result.RowsOf<BegrotingRow>();
        Assert.Equal(292_398m, rows.Where(r => r.FundingSource == FundingSources.GemeentelijkeBijdrage).Sum(r => r.Amount));
        Assert.Equal(45_870m, rows.Where(r => r.FundingSource == FundingSources.OvergeblevenMiddelen).Sum(r => r.Amount));
        Assert.Equal(125_000m, rows.Where(r => r.FundingSource == FundingSources.NetwerkEnVerbindingsplan).Sum(r => r.Amount));
        var samenSterker = Assert.Single(rows, r => r.Activity == "Cofinanciering Samen Sterker");
        Assert.Equal((2026, 2, FundingSources.NetwerkEnVerbindingsplan, 30_000m), (samenSterker.Year, samenSterker.Theme, samenSterker.FundingSource, samenSterker.Amount));
        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.Theme).Distinct().Order());
    }

    [Fact]
    public void The_committed_sample_files_hold_exactly_what_the_generator_writes()
    {
        RegenerateIntoSourceTreeOnRequest();
        var generated = SampleWorkbooks.Generate(_temp.File("generated"));
        var bundled = SampleFiles.WriteAll(_temp.File("bundled"));

        foreach (var path in generated)
        {
            var expected = Reader().Read(path);
            var actual = Reader().Read(bundled.Single(b => Path.GetFileName(b) == Path.GetFileName(path)));
            Assert.Equal(Flatten(expected), Flatten(actual));
        }
    }

    /// <summary>With DTZ_REGENERATE_SAMPLES=1 the committed samples in the source tree are rewritten (then rebuild).</summary>
    private static void RegenerateIntoSourceTreeOnRequest()
    {
        if (Environment.GetEnvironmentVariable("DTZ_REGENERATE_SAMPLES") != "1") return;
        var samples = Path.GetFullPath(Path.Combine(SourceFolder(), "../../../etl/DutchTechZone.Etl/Spreadsheets/Samples"));
        Assert.True(Directory.Exists(samples), samples);
        Assert.Equal(5, SampleWorkbooks.Generate(samples).Count);
    }

    private static List<string> Flatten(WorkbookReadResult result) =>
        result.Sheets.SelectMany(s => s.Rows.Select(r => s.Kind + ":" + r)).ToList();

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
