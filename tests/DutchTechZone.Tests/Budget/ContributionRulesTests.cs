using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Budget;
using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Tests.Budget;

public sealed class ContributionRulesTests
{
    private static readonly Municipality Emmen = new("GM0114", "Emmen");
    private static readonly Municipality Hoogeveen = new("GM0118", "Hoogeveen");
    private static readonly BudgetYearOptions Adopted2026 = new() { Rate = 1.00m, ProvisionalReferenceDate = new DateOnly(2025, 9, 30) };

    [Fact]
    public void ProvisionalContributionUsesTheAdoptedReferenceDate()
    {
        var counts = new[] { EndOfMonth(Emmen, 2025, 9, 109754), EndOfMonth(Emmen, 2025, 11, 109801) };

        var line = Assert.Single(ContributionRules.Compute(2026, Adopted2026, [Emmen], counts));

        Assert.Equal("provisional", line.Status);
        Assert.Equal(new DateOnly(2025, 9, 30), line.ReferenceDate);
        Assert.Equal(109754.00m, line.Amount);
        Assert.Null(line.Settlement);
    }

    [Fact]
    public void WithoutAnAdoptedDateTheLatestMonthEndBeforeFirstJanuaryIsUsed()
    {
        var counts = new[] { EndOfMonth(Emmen, 2025, 9, 109754), EndOfMonth(Emmen, 2025, 11, 109801), EndOfMonth(Emmen, 2024, 12, 109500) };

        var line = Assert.Single(ContributionRules.Compute(2026, new BudgetYearOptions { Rate = 1.00m }, [Emmen], counts));

        Assert.Equal(new DateOnly(2025, 11, 30), line.ReferenceDate);
        Assert.Equal(109801.00m, line.Amount);
    }

    [Fact]
    public void TheStartOfAMonthCountsAsTheEndOfThePreviousMonth()
    {
        var counts = new[] { StartOfMonth(Emmen, 2025, 10, 109754, "37230ned") };

        var line = Assert.Single(ContributionRules.Compute(2026, Adopted2026, [Emmen], counts));

        Assert.Equal("provisional", line.Status);
        Assert.Equal(109754, line.Inhabitants);
    }

    [Fact]
    public void FirstJanuaryMakesItDefinitiveWithASettlementAgainstTheProvisionalAmount()
    {
        var counts = new[] { EndOfMonth(Emmen, 2025, 9, 109754), StartOfMonth(Emmen, 2026, 1, 109900, "03759ned") };

        var line = Assert.Single(ContributionRules.Compute(2026, Adopted2026, [Emmen], counts));

        Assert.Equal("definitive", line.Status);
        Assert.Equal(new DateOnly(2026, 1, 1), line.ReferenceDate);
        Assert.Equal(109900.00m, line.Amount);
        Assert.Equal(109754.00m, line.ProvisionalAmount);
        Assert.Equal(146.00m, line.Settlement);
    }

    [Fact]
    public void ASettlementCanBeNegative()
    {
        var counts = new[] { EndOfMonth(Emmen, 2025, 9, 109754), EndOfMonth(Emmen, 2025, 12, 109700) };

        var line = Assert.Single(ContributionRules.Compute(2026, Adopted2026, [Emmen], counts));

        Assert.Equal("definitive", line.Status);
        Assert.Equal(-54.00m, line.Settlement);
    }

    [Fact]
    public void TheRateIsASettingPerYearAndAmountsAreExactToTheCent()
    {
        var counts = new[] { EndOfMonth(Emmen, 2025, 9, 109754), EndOfMonth(Hoogeveen, 2025, 9, 56897) };

        var lines = ContributionRules.Compute(2026, new BudgetYearOptions { Rate = 1.15m, ProvisionalReferenceDate = new DateOnly(2025, 9, 30) }, [Emmen, Hoogeveen], counts);

        Assert.Equal(126217.10m, lines[0].Amount);
        Assert.Equal(65431.55m, lines[1].Amount);
        Assert.Equal(191648.65m, lines.Sum(l => l.Amount));
    }

    [Theory]
    [InlineData("999999999999")]
    [InlineData("1000.01")]
    [InlineData("-1")]
    public void ARateOutsideTheSensibleRangeIsADutchConfigurationErrorNamingTheSetting(string rate)
    {
        var counts = new[] { EndOfMonth(Emmen, 2025, 9, 109754) };

        var e = Assert.Throws<BudgetConfigurationException>(() => ContributionRules.Compute(
            2026, new BudgetYearOptions { Rate = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) }, [Emmen], counts));

        Assert.Contains("Budget:Years:2026:Rate", e.Message, StringComparison.Ordinal);
        Assert.Contains("tarief", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARateThatIsNotWholeCentsIsRefused()
    {
        var counts = new[] { EndOfMonth(Emmen, 2025, 9, 109754) };

        Assert.Throws<BudgetConfigurationException>(() => ContributionRules.Compute(2026, new BudgetYearOptions { Rate = 1.005m }, [Emmen], counts));
    }

    [Fact]
    public void NoCountYetNamesEveryMunicipalityAndTheDateItNeeds()
    {
        var counts = new[] { EndOfMonth(Emmen, 2025, 9, 109754) };

        var e = Assert.Throws<BudgetUnavailableException>(() => ContributionRules.Compute(2027, new BudgetYearOptions { Rate = 1m, ProvisionalReferenceDate = new DateOnly(2026, 9, 30) }, [Emmen, Hoogeveen], counts));

        Assert.Contains("Emmen (GM0114)", e.Message, StringComparison.Ordinal);
        Assert.Contains("Hoogeveen (GM0118)", e.Message, StringComparison.Ordinal);
        Assert.Contains("30-9-2026", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADefinitiveCbsFigureWinsOverAProvisionalOneForTheSameMoment()
    {
        var counts = new[]
        {
            EndOfMonth(Emmen, 2025, 9, 109754) with { CbsStatus = "Voorlopig" },
            StartOfMonth(Emmen, 2025, 10, 109760, "37230ned") with { CbsStatus = "Definitief" },
        };

        var line = Assert.Single(ContributionRules.Compute(2026, Adopted2026, [Emmen], counts));

        Assert.Equal(109760, line.Inhabitants);
        Assert.Equal("Definitief", line.CbsStatus);
    }

    [Fact]
    public void AnAdoptedProvisionalContributionStaysFrozenWhenCbsRevisesTheFigure()
    {
        var frozen = EndOfMonth(Emmen, 2025, 9, 109754);
        var counts = new[]
        {
            EndOfMonth(Emmen, 2025, 9, 109760) with { CbsStatus = "Definitief" },
            StartOfMonth(Emmen, 2026, 1, 109900, "03759ned"),
        };

        var line = Assert.Single(ContributionRules.Compute(2026, Adopted2026, [Emmen], counts, [frozen]));

        Assert.Equal("definitive", line.Status);
        Assert.Equal(109754.00m, line.ProvisionalAmount);
        Assert.Equal(146.00m, line.Settlement);
    }

    [Fact]
    public void WithoutAnAdoptedDateEveryMunicipalityUsesTheSameMonthEnd()
    {
        var counts = new[] { EndOfMonth(Emmen, 2025, 9, 109754), EndOfMonth(Emmen, 2025, 11, 109801), EndOfMonth(Hoogeveen, 2025, 9, 56897) };

        var lines = ContributionRules.Compute(2026, new BudgetYearOptions { Rate = 1.00m }, [Emmen, Hoogeveen], counts);

        Assert.All(lines, l => Assert.Equal(new DateOnly(2025, 9, 30), l.ReferenceDate));
        Assert.Equal(109754.00m, lines[0].Amount);
    }

    private static PopulationCount EndOfMonth(Municipality m, int year, int month, long inhabitants) =>
        new(m.CbsCode, m.Name, new DateOnly(year, month, DateTime.DaysInMonth(year, month)), "end_of_day", "37230ned", inhabitants,
            "Voorlopig", $"{year}MM{month:00}", "CBS", 1, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private static PopulationCount StartOfMonth(Municipality m, int year, int month, long inhabitants, string table) =>
        new(m.CbsCode, m.Name, new DateOnly(year, month, 1), "start_of_day", table, inhabitants,
            "Voorlopig", table == "03759ned" ? $"{year}JJ00" : $"{year}MM{month:00}", "CBS", 2, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
