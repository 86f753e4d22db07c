using DutchTechZone.Database.Loaders;
using DutchTechZone.Database.Queries;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.Regional;

/// <summary>
/// What every CBS table import of the regional pipeline shares around its own plan and load: the import row (kind
/// <c>cbs_figures</c>), the bundled sample never loaded over live figures, a skip when CBS's <c>Modified</c> and the
/// request (its fingerprint) are unchanged, and a failure classified and recorded on the import row, so that one
/// failing table does not stop the others.
/// </summary>
internal sealed class CbsTableImportSkeleton(CbsFeedClient client, string origin, ImportLog importLog, RegionalLineageQueries lineage, ILogger logger)
{
    /// <summary>
    /// Records a table that is not imported at all (e.g. offline, not in the bundled snapshot): a <c>skipped</c> import
    /// row with <paramref name="reason"/> and a warning, so that it is never left out in silence.
    /// </summary>
    public async Task<TableImportResult> SkipAsync(string tableId, string reason, CancellationToken ct)
    {
        var importId = await importLog.StartAsync(RegionalFigureImporter.ImportKind, tableId, origin, null, ct);
        await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Skipped, 0, Message: reason), ct);
        logger.LogWarning("CBS {Table} ({Origin}) skipped: {Reason}", tableId, origin, reason);
        return new TableImportResult(tableId, origin, "skipped", 0, 0, null, reason) { Warning = reason };
    }

    /// <param name="tableId">The CBS table.</param>
    /// <param name="planAsync">The request for this table from its metadata, and that request's fingerprint.</param>
    /// <param name="loadAsync">The load (given the import id): cells or rows read, rows written, a message for the import row.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="validate">Checks the table's settings first; what it throws is recorded as the table's failure.</param>
    /// <param name="notServed">
    /// When CBS answers 404 (it does not, or no longer, serve the table): the failure in Dutch, given whether the table
    /// was loaded from this origin before; logged as a warning. Without it a 404 is an error like any other.
    /// </param>
    public async Task<TableImportResult> RunAsync<TPlan>(
        string tableId,
        Func<CbsTableInfo, CancellationToken, Task<(TPlan Plan, string Fingerprint)>> planAsync,
        Func<long, CbsTableInfo, TPlan, CancellationToken, Task<(long Read, long Written, string? Message)>> loadAsync,
        CancellationToken ct,
        Action? validate = null,
        Func<bool, string>? notServed = null)
    {
        var importId = await importLog.StartAsync(RegionalFigureImporter.ImportKind, tableId, origin, null, ct);
        DateTimeOffset? modified = null;
        try
        {
            validate?.Invoke();
            if (origin != CbsOrigin.Live && await lineage.WasLoadedFromAsync(tableId, CbsOrigin.Live, ct))
            {
                const string refused = "het warehouse bevat live CBS-cijfers van deze tabel; het meegeleverde voorbeeld wordt er niet overheen geladen";
                await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Skipped, 0, Message: refused), ct);
                return new TableImportResult(tableId, origin, "skipped", 0, 0, null, refused);
            }

            var info = await client.GetTableInfoAsync(tableId, ct);
            modified = info.Modified;
            var (plan, fingerprint) = await planAsync(info, ct);
            var last = await lineage.LastLoadAsync(tableId, origin, ct);
            if (last is not null && last.Modified == info.Modified && last.Fingerprint == fingerprint)
            {
                var note = $"ongewijzigd sinds {info.Modified:yyyy-MM-dd HH:mm} (CBS Modified) en hetzelfde verzoek";
                await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Skipped, 0, Message: note), ct);
                logger.LogInformation("CBS {Table} ({Origin}) skipped: {Reason}", tableId, origin, note);
                return new TableImportResult(tableId, origin, "skipped", 0, 0, info.Modified, note);
            }

            var (read, written, message) = await loadAsync(importId, info, plan, ct);
            return new TableImportResult(tableId, origin, "loaded", read, written, info.Modified, message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            string message;
            if (notServed is not null && e is CbsException { StatusCode: System.Net.HttpStatusCode.NotFound })
            {
                message = "configuratie (configuration): " + notServed(await lineage.WasLoadedFromAsync(tableId, origin, CancellationToken.None));
                logger.LogWarning("CBS {Table} ({Origin}): {Message}", tableId, origin, message);
            }
            else
            {
                message = $"{RegionalFigureImporter.Classify(e)}: {e.Message}";
                logger.LogError("CBS {Table} ({Origin}) failed: {Message}", tableId, origin, message);
            }

            await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Failed, 0, Message: message), CancellationToken.None);
            return new TableImportResult(tableId, origin, "failed", 0, 0, modified, message);
        }
    }
}
