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

/// <summary>A rejected file, its first errors and the report beside it in <c>rejected/</c> (null when not found).</summary>
public sealed record RejectedFile(RejectedFileRow File, IReadOnlyList<RejectionRow> FirstErrors, string? ReportName);

/// <summary>A recurring job: its schedule, next and last run.</summary>
public sealed record ScheduledJob(string Id, string Cron, DateTime? NextExecution, DateTime? LastExecution, string? LastState, string? Error);
