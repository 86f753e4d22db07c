using System.Data.Common;
using DutchTechZone.Database.Queries;
using DutchTechZone.Reports.Delivery;
using Hangfire;
using Hangfire.Storage;

namespace DutchTechZone.Host.Serve.Status;

/// <summary>Reads the status page's figures from the warehouse, the drop folder and Hangfire's storage.</summary>
public sealed class StatusReader(StatusQueries queries, ReportDeliveryLog reports, JobStorage storage)
{
    public async Task<StatusSnapshot> ReadAsync(CancellationToken ct)
    {
        var jobs = ReadJobs();
        try
        {
            var cbs = await queries.CbsTablesAsync(ct);
            var recent = await queries.RecentImportsAsync(20, ct);
            var rejected = new List<RejectedFile>();
            foreach (var file in await queries.RejectedFilesAsync(10, ct))
            {
                rejected.Add(new RejectedFile(file, await queries.RejectionsOfAsync(file.ImportId, 5, ct)));
            }

            return new StatusSnapshot(cbs, recent, rejected, jobs, await reports.LastSentAsync(ct), null);
        }
        catch (DbException e)
        {
            return new StatusSnapshot([], [], [], jobs, null, e.Message);
        }
    }

    private List<ScheduledJob> ReadJobs()
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs()
            .OrderBy(j => j.Id, StringComparer.Ordinal)
            .Select(j => new ScheduledJob(j.Id, j.Cron, j.NextExecution, j.LastExecution, j.LastJobState, j.Error))
            .ToList();
    }
}
