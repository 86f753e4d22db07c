using DutchTechZone.Etl.Cbs;

namespace DutchTechZone.Tests.Cbs;

public sealed class CbsDataPropertyTests
{
    [Theory]
    [InlineData("BevolkingAanHetEindeVanDePeriode_15", "BevolkingAanHetEindeVanDePeriode")]
    [InlineData("BevolkingAanHetEindeVanDePeriode_18", "BevolkingAanHetEindeVanDePeriode")]
    [InlineData("k_65Tot80Jaar_20", "k_65Tot80Jaar")]
    [InlineData("Perioden", "Perioden")]
    [InlineData("Waarde_", "Waarde_")]
    [InlineData("Code_2a", "Code_2a")]
    [InlineData("", "")]
    public void KeyStemDropsOnlyTheTrailingNumberSuffix(string key, string stem)
    {
        var property = new CbsDataProperty(1, 1, null, "Topic", key, "t", null, null, null);

        Assert.Equal(stem, property.KeyStem);
    }
}
