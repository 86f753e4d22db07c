using DutchTechZone.Etl.Cbs;

namespace DutchTechZone.Tests.Population;

public sealed class CbsFilterTests
{
    [Theory]
    [InlineData("GM0114", "'GM0114'")]
    [InlineData("NL01  ", "'NL01  '")]
    [InlineData("10000  ", "'10000  '")]
    public void KeysFromCodeListsBecomeQuotedLiteralsWithTheirPadding(string key, string literal) =>
        Assert.Equal(literal, CbsFilter.Literal(key));

    [Theory]
    [InlineData("GM0114') or (1 eq 1")]
    [InlineData("O'Brien")]
    [InlineData("")]
    public void KeysThatAreNotPlainCbsCodesAreRefused(string key) =>
        Assert.Throws<CbsException>(() => CbsFilter.Literal(key));

    [Fact]
    public void DimensionNamesMustBeIdentifiers()
    {
        Assert.Equal("RegioS", CbsFilter.Identifier("RegioS"));
        Assert.Throws<CbsException>(() => CbsFilter.Identifier("RegioS eq 'x' or RegioS"));
    }
}
