using System.Security.Cryptography;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Etl.Spreadsheets;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.Intake;

/// <summary>
/// Processes delivered partner files: claim (atomic move), hash, recognise a re-delivery, read and validate,
/// load in one transaction, then archive — or reject with an error report beside the file. A failure of the
/// pipeline itself (database down) puts the file back in <c>incoming/</c>. Files are never deleted; one bad
/// file never stops the others.
/// </summary>
public sealed class DropFolderIngestor(
    DropFolder folder,
    StableFileFilter stable,
    SpreadsheetReader reader,
    ImportLog importLog,
    RejectionLog rejections,
    PartnerFileLoader loader,
    TimeProvider time,
    ILogger<DropFolderIngestor> logger)
{
    /// <summary>Processes every ready file in <c>incoming/</c> once (after recovering files of an interrupted run).</summary>
    public async Task<IReadOnlyList<IngestResult>> IngestFolderAsync(CancellationToken ct = default)
    {
        folder.EnsureCreated();
        using var intakeLock = folder.TryLock();
        if (intakeLock is null)
        {
            throw new IntakeBusyException($"Een andere verwerking van {folder.Root} is bezig; deze run laat de map met rust.");
        }

        // Safe under the lock: whatever is in processing/ now was left by a run that died.
        foreach (var recovered in folder.RecoverInterrupted())
        {
            logger.LogWarning("Recovered {File} from an interrupted run", recovered);
        }

        var results = new List<IngestResult>();
        var ready = await stable.ReadyAsync(Directory.EnumerateFiles(folder.Incoming), ct);

        // Delivery order (time stamp, then name): within one scan, the latest delivery of a key still wins.
        foreach (var file in ready.OrderBy(File.GetLastWriteTimeUtc).ThenBy(f => f, StringComparer.Ordinal))
        {
            if (folder.Claim(file) is { } claimed)
            {
                results.Add(await ProcessClaimedAsync(claimed, ct));
            }
        }

        return results;
    }

    /// <summary>Processes given files: each is copied into the drop folder first, so the original stays where it is.</summary>
    public async Task<IReadOnlyList<IngestResult>> IngestFilesAsync(IEnumerable<string> paths, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        folder.EnsureCreated();
        using var intakeLock = folder.TryLock();
        if (intakeLock is null)
        {
            throw new IntakeBusyException($"Een andere verwerking van {folder.Root} is bezig; probeer het straks opnieuw.");
        }

        var results = new List<IngestResult>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                results.Add(new IngestResult(Path.GetFileName(path), null, "failed", 0, null, [], [], path, $"bestand niet gevonden: {path}"));
                continue;
            }

            var copy = Path.Combine(folder.Processing, "claim-" + Guid.NewGuid().ToString("N")[..12] + "__" + Path.GetFileName(path));
            File.Copy(path, copy);
            results.Add(await ProcessClaimedAsync(copy, ct));
        }

        return results;
    }

    private async Task<IngestResult> ProcessClaimedAsync(string claimed, CancellationToken ct)
    {
        var name = DropFolder.OriginalName(claimed);
        var receivedAt = time.GetUtcNow();
        long? importId = null;
        try
        {
            var hash = await HashAsync(claimed, ct);
            importId = await importLog.StartAsync("file", name, "partner file", hash, ct);

            if (await rejections.LoadedWithHashAsync(hash, ct) is { } earlier)
            {
                var message = $"identiek aan het eerder geladen bestand {earlier}: niets geladen";
                await importLog.FinishAsync(new ImportOutcome(importId.Value, "duplicate", 0, Message: message), ct);
                var archived = folder.ToArchive(claimed);
                logger.LogInformation("{File} is a duplicate of {Earlier}", name, earlier);
                return new IngestResult(name, null, "duplicate", 0, null, [], [], archived, message);
            }

            var workbook = reader.Read(claimed, name, ct);
            var template = workbook.Sheets.Count == 0 ? null : string.Join(", ", workbook.Sheets.Select(s => s.Kind.ToString()).Distinct());
            var errors = workbook.Errors.Select(e => e with { File = name }).ToList();
            if (errors.Count == 0 && workbook.Sheets.Count == 0)
            {
                errors.Add(new SpreadsheetError(name, null, null, null, null, "Het bestand bevat geen blad dat op een van de sjablonen lijkt (Middelen, Begroting, Realisatie, Capaciteit, Indicatoren)."));
            }

            if (errors.Count > 0)
            {
                return await RejectAsync(claimed, name, importId.Value, template, errors, workbook.Warnings, receivedAt, ct);
            }

            PartnerFileLoad load;
            try
            {
                load = PartnerFileMapper.Map(importId.Value, new FileSourceRecord(name, hash, receivedAt), workbook);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException)
            {
                var unusable = new SpreadsheetError(name, null, null, null, null, $"Een waarde in dit bestand kan niet worden opgeslagen: {e.Message}");
                return await RejectAsync(claimed, name, importId.Value, template, [unusable], workbook.Warnings, receivedAt, ct);
            }

            PartnerFileLoadResult result;
            try
            {
                result = await loader.LoadAsync(load, ct);
            }
            catch (Exception e) when (DataErrors.IsDataError(e))
            {
                // The database refused the data (the load rolled back): the file is at fault, not the pipeline.
                var refused = new SpreadsheetError(name, null, null, null, null, $"De database weigerde de gegevens van dit bestand: {e.Message}");
                return await RejectAsync(claimed, name, importId.Value, template, [refused], workbook.Warnings, receivedAt, ct);
            }

            var archivedFile = folder.ToArchive(claimed);
            logger.LogInformation("{File} loaded: {Rows} rows; replaces {Replaces}", name, result.RowsWritten, result.Replaces ?? "nothing");
            return new IngestResult(name, template, "loaded", result.RowsWritten, result.Replaces, [], workbook.Warnings, archivedFile);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The pipeline failed, not the file: back to incoming, to be processed again on the next run.
            logger.LogError(e, "Ingest of {File} failed; the file goes back to incoming", name);
            await MarkFailedAsync(importId, e.Message);
            var back = File.Exists(claimed) ? folder.BackToIncoming(claimed) : claimed;
            return new IngestResult(name, null, "failed", 0, null, [], [], back, e.Message);
        }
    }

    private async Task<IngestResult> RejectAsync(string claimed, string name, long importId, string? template, IReadOnlyList<SpreadsheetError> errors,
        IReadOnlyList<string> warnings, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var message = $"{errors.Count} fout(en)";
        await rejections.RecordAsync(importId, name, errors.Select(e => new RejectionRecord(e.Sheet, e.Row, e.Column, e.Value, e.Message)).ToList(), message, ct);
        var rejected = folder.ToRejected(claimed);
        RejectionReport.WriteBeside(rejected, name, errors, receivedAt);
        logger.LogWarning("{File} rejected: {Count} error(s)", name, errors.Count);
        return new IngestResult(name, template, "rejected", 0, null, errors.Select(IngestError.From).ToList(), warnings, rejected, message);
    }

    // Best effort: when the database itself is down this fails too, and the row stays 'running'.
    private async Task MarkFailedAsync(long? importId, string message)
    {
        if (importId is null)
        {
            return;
        }

        try
        {
            await importLog.FinishAsync(new ImportOutcome(importId.Value, "failed", 0, Message: message), CancellationToken.None);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            logger.LogWarning("Could not mark import {ImportId} as failed: {Reason}", importId, e.Message);
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
