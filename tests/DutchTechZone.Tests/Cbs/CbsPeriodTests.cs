using DutchTechZone.Etl.Cbs;

namespace DutchTechZone.Tests.Cbs;

public sealed class CbsPeriodTests
{
    [Theory]
    [InlineData("2025JJ00", CbsPeriodKind.Year, "2025-01-01", "2025-12-31")]
    [InlineData("2025HJ01", CbsPeriodKind.HalfYear, "2025-01-01", "2025-06-30")]
    [InlineData("2025HJ02", CbsPeriodKind.HalfYear, "2025-07-01", "2025-12-31")]
    [InlineData("2025KW01", CbsPeriodKind.Quarter, "2025-01-01", "2025-03-31")]
    [InlineData("2011KW04", CbsPeriodKind.Quarter, "2011-10-01", "2011-12-31")]
    [InlineData("2025MM09", CbsPeriodKind.Month, "2025-09-01", "2025-09-30")]
    [InlineData("2024MM02", CbsPeriodKind.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025MM02", CbsPeriodKind.Month, "2025-02-01", "2025-02-28")]
    [InlineData("1995W101", CbsPeriodKind.Week, "1995-01-02", "1995-01-08")]
    [InlineData("2020W153", CbsPeriodKind.Week, "2020-12-28", "2021-01-03")]
    [InlineData("20060101", CbsPeriodKind.Day, "2006-01-01", "2006-01-01")]
    [InlineData("2019SJ00", CbsPeriodKind.Other, "2019-08-01", "2020-07-31")]
    public void ParsesKnownPeriodTypesToTheirDates(string code, CbsPeriodKind kind, string start, string end)
    {
        var period = CbsPeriod.Parse(code);

        Assert.Equal(new CbsPeriod(code, kind, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), period);
    }

    [Theory]
    [InlineData("1995X000")]
    [InlineData("2015G300")]
    [InlineData("2020VJ01")]
    [InlineData("2020M301")]
    [InlineData("2020W401")]
    [InlineData("2025MM13")]
    [InlineData("2021W153")]
    [InlineData("20250231")]
    public void GivesOtherWithoutDatesForWellFormedCodesOfUnknownOrInvalidSpan(string code)
    {
        Assert.Equal(new CbsPeriod(code, CbsPeriodKind.Other, null, null), CbsPeriod.Parse(code));
    }

    [Fact]
    public void TrimsAPaddedCode() => Assert.Equal("2025MM09", CbsPeriod.Parse(" 2025MM09  ").Code);

    [Theory]
    [InlineData("")]
    [InlineData("2025")]
    [InlineData("25MM0901")]
    [InlineData("2025MM9")]
    [InlineData("2025MM0900")]
    public void RejectsMalformedCodes(string code)
    {
        Assert.Throws<FormatException>(() => CbsPeriod.Parse(code));
        Assert.False(CbsPeriod.TryParse(code, out _));
    }
}
