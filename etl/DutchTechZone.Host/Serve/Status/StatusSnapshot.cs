using DutchTechZone.Database.Queries;
using DutchTechZone.Reports.Delivery;

namespace DutchTechZone.Host.Serve.Status;

/// <summary>Everything the status page shows, read at one moment.</summary>
public sealed record StatusSnapshot(
    IReadOnlyList<CbsTableFreshness> CbsTables,
    IReadOnlyList<ImportRow> RecentImports,
    IReadOnlyList<RejectedFile> Rejected,
    IReadOnlyList<ScheduledJob> Jobs,
    LastReportSent? LastReport,
    string? WarehouseError);

/// <summary>A rejected file and its first errors (all of them at <c>/afgewezen/{import id}</c>).</summary>
public sealed record RejectedFile(RejectedFileRow File, IReadOnlyList<RejectionRow> FirstErrors);

/// <summary>A recurring job: its schedule, next and last run.</summary>
public sealed record ScheduledJob(string Id, string Cron, DateTime? NextExecution, DateTime? LastExecution, string? LastState, string? Error);
