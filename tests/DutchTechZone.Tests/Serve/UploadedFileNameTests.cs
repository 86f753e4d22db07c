using DutchTechZone.Host.Serve.Upload;

namespace DutchTechZone.Tests.Serve;

/// <summary>The name an upload gets in the drop folder.</summary>
public sealed class UploadedFileNameTests
{
    [Theory]
    [InlineData("Middelen_2026.xlsx", "Middelen_2026.xlsx")]
    [InlineData("../../etc/Middelen.csv", "Middelen.csv")]
    [InlineData(@"C:\Users\office\Realisatie.XLSX", "Realisatie.xlsx")]
    [InlineData(".verborgen.csv", "verborgen.csv")]
    [InlineData("~$Begroting.xlsx", "Begroting.xlsx")]
    [InlineData("rtl\u202Egpj.csv", "rtl_gpj.csv")]
    [InlineData("a\u0001b\u001B[31m.csv", "a_b_[31m.csv")]
    [InlineData(".csv", "aanlevering.csv")]
    public void TheNameIsMadeSafe(string sent, string expected)
    {
        Assert.Equal(expected, UploadedFileName.Clean(sent, out var refusal));
        Assert.Null(refusal);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("Middelen.xlsx.sh")]
    [InlineData("geen-extensie")]
    public void OnlySpreadsheetsAreTaken(string sent)
    {
        Assert.Null(UploadedFileName.Clean(sent, out var refusal));
        Assert.NotNull(refusal);
    }

    [Fact]
    public void ALongNameIsCutBetweenCharactersNeverInsideOne()
    {
        var name = new string('a', 119) + "😀😀😀" + ".csv";

        var clean = UploadedFileName.Clean(name, out _)!;

        Assert.EndsWith(".csv", clean, StringComparison.Ordinal);
        Assert.True(clean.Length <= 124);
        Assert.DoesNotContain('\uFFFD', clean);
        Assert.False(char.IsHighSurrogate(clean[^5]), clean);
    }
}
