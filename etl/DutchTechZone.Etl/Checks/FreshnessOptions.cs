namespace DutchTechZone.Etl.Checks;

/// <summary>
/// Source freshness thresholds (configuration section <c>Freshness</c>). A CBS table is measured by the age of its
/// newest live reference date; a partner template by the age of its newest delivery in force (per partner for
/// Realisatie and Capaciteit). Older than <see cref="FreshnessThreshold.Warn"/>: a warning; older than
/// <see cref="FreshnessThreshold.Error"/>: a failure.
/// </summary>
public sealed class FreshnessOptions
{
    /// <summary>Per CBS table id (37230ned, 03759ned).</summary>
    public Dictionary<string, FreshnessThreshold> Cbs { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        // Monthly population: the figures of month m appear some six weeks after its end.
        ["37230ned"] = new() { Warn = TimeSpan.FromDays(45), Error = TimeSpan.FromDays(75) },
        // Population on 1 January: published once a year.
        ["03759ned"] = new() { Warn = TimeSpan.FromDays(550), Error = TimeSpan.FromDays(640) },
    };

    /// <summary>Per template (Middelen, Begroting, Realisatie, Capaciteit, Indicatoren).</summary>
    public Dictionary<string, FreshnessThreshold> Deliveries { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        // Realisatie and Capaciteit per quarter, per partner; the yearly files once a year.
        ["Realisatie"] = new() { Warn = TimeSpan.FromDays(100), Error = TimeSpan.FromDays(130) },
        ["Capaciteit"] = new() { Warn = TimeSpan.FromDays(100), Error = TimeSpan.FromDays(130) },
        ["Indicatoren"] = new() { Warn = TimeSpan.FromDays(190), Error = TimeSpan.FromDays(370) },
        ["Middelen"] = new() { Warn = TimeSpan.FromDays(380), Error = TimeSpan.FromDays(450) },
        ["Begroting"] = new() { Warn = TimeSpan.FromDays(380), Error = TimeSpan.FromDays(450) },
    };
}

/// <summary>Warn and error ages of one source.</summary>
public sealed class FreshnessThreshold
{
    public TimeSpan Warn { get; set; }

    public TimeSpan Error { get; set; }
}
