using System.Net.Http.Headers;
using DutchTechZone.Etl.Cbs;
using Microsoft.Extensions.Time.Testing;

namespace DutchTechZone.Tests.Cbs;

public sealed class CbsRetryAfterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 2, 10, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ReadsRetryAfterGivenInSeconds() =>
        Assert.Equal(TimeSpan.FromSeconds(7), CbsResilience.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), _time));

    [Fact]
    public void ReadsRetryAfterGivenAsADateRelativeToTheInjectedClock() =>
        Assert.Equal(
            TimeSpan.FromSeconds(90),
            CbsResilience.RetryAfter(new RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(90)), _time));

    [Fact]
    public void TreatsARetryAfterDateInThePastAsNoWait() =>
        Assert.Equal(TimeSpan.Zero, CbsResilience.RetryAfter(new RetryConditionHeaderValue(_time.GetUtcNow().AddMinutes(-1)), _time));

    [Fact]
    public void GivesNoRetryAfterWithoutTheHeader() => Assert.Null(CbsResilience.RetryAfter(null, _time));
}
