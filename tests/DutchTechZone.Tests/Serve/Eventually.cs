namespace DutchTechZone.Tests.Serve;

/// <summary>Polls a condition until it holds or the time is up (the scheduler runs on its own clock).</summary>
public static class Eventually
{
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, TimeSpan? poll = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(250));
        }
        while (clock.Elapsed < timeout);
        return await condition();
    }

    public static Task<bool> HoldsAsync(Func<bool> condition, TimeSpan timeout) => HoldsAsync(() => Task.FromResult(condition()), timeout);
}
