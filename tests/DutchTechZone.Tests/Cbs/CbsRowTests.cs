using System.Text.Json;
using DutchTechZone.Etl.Cbs;

namespace DutchTechZone.Tests.Cbs;

public sealed class CbsRowTests
{
    private static CbsRow Row(string json) => new(JsonDocument.Parse(json).RootElement.Clone());

    [Theory]
    [InlineData("\"   135.5\"", 135.5)]
    [InlineData("\"     1.0\"", 1.0)]
    [InlineData("\"-12.25\"", -12.25)]
    [InlineData("\"-\"", 0.0)]
    [InlineData("7559.0", 7559.0)]
    public void ReadsNumbersFromTypedAndUntypedValuesInvariantly(string value, double expected) =>
        Assert.Equal(expected, Row($$"""{"V_1":{{value}}}""").GetNumber("V_1"));

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"       .\"")]
    [InlineData("\"x\"")]
    public void GivesNullForMissingValuesAndSymbols(string value) =>
        Assert.Null(Row($$"""{"V_1":{{value}}}""").GetNumber("V_1"));

    [Fact]
    public void RejectsAStringThatIsNotANumber() =>
        Assert.Throws<FormatException>(() => Row("""{"V_1":"abc"}""").GetNumber("V_1"));

    [Fact]
    public void RejectsAFractionAsWholeNumber()
    {
        var row = Row("""{"V_1":12.5,"V_2":"  42","V_3":109754}""");

        Assert.Throws<FormatException>(() => row.GetInt64("V_1"));
        Assert.Equal(42, row.GetInt64("V_2"));
        Assert.Equal(109754, row.GetInt64("V_3"));
    }

    [Fact]
    public void TrimsDimensionsAndThrowsForAMissingOne()
    {
        var row = Row("""{"RegioS":"NL01  ","Perioden":"2025MM09"}""");

        Assert.Equal("NL01", row.GetDimension("RegioS"));
        Assert.Equal(["RegioS", "Perioden"], row.Keys);
        Assert.Throws<KeyNotFoundException>(() => row.GetDimension("Geslacht"));
    }
}
