using System.Data.Common;
using System.Net.Sockets;
using System.Security.Cryptography;
using DutchTechZone.Database;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Etl.Hygiene;
using Microsoft.Extensions.Logging;

namespace DutchTechZone.Etl.Intake;

/// <summary>
/// Processes delivered partner files: claim (atomic move), hash, recognise a re-delivery, read and validate,
/// load in one transaction, then archive — or reject with an error report beside the file. A failure of the
/// pipeline itself (database down, warehouse busy) puts the file back in <c>incoming/</c>; a failure that is not an
/// outage (a missing dimension member, a bug) rejects the file with the reason, so it is never retried forever.
/// Files are never deleted; one bad file never stops the others; what is not a regular file is skipped with a warning.
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
    // The widths of etl_rejection / etl_import (migration 0003): longer text is cut, so a rejection is always recorded.
    private const int NameColumn = 400;
    private const int SheetColumn = 200;
    private const int ColumnColumn = 200;

    /// <summary>Processes every ready file in <c>incoming/</c> once (after recovering files of an interrupted run).</summary>
    public async Task<IReadOnlyList<IngestResult>> IngestFolderAsync(CancellationToken ct = default)
    {
        folder.EnsureCreated();
        using var intakeLock = folder.TryLock();
        if (intakeLock is null)
        {
            throw new IntakeBusyException($"een andere verwerking van {folder.Root} is bezig; deze run laat de map met rust.");
        }

        // Safe under the lock: whatever is in processing/ now was left by a run that died.
        foreach (var recovered in folder.RecoverInterrupted())
        {
            logger.LogWarning("Recovered {File} from an interrupted run", SafeText.OneLine(recovered));
        }

        var results = new List<IngestResult>();
        var candidates = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder.Incoming))
        {
            if (StableFileFilter.IsTemporary(path))
            {
                continue;
            }

            if (Unusable(path) is { } reason)
            {
                var name = SafeText.OneLine(Path.GetFileName(path));
                logger.LogWarning("Skipped {File}: {Reason}", name, reason);
                results.Add(new IngestResult(Path.GetFileName(path), null, IngestStatus.Skipped, 0, null, [], [], path, reason));
                continue;
            }

            candidates.Add(path);
        }

        var ready = await stable.ReadyAsync(candidates, ct);

        // Delivery order (time stamp, then name): within one scan, the latest delivery of a key still wins.
        foreach (var file in ready.OrderBy(File.GetLastWriteTimeUtc).ThenBy(f => f, StringComparer.Ordinal))
        {
            string? claimed;
            try
            {
                claimed = folder.Claim(file);
            }
            catch (IOException e)
            {
                logger.LogWarning("Skipped {File}: {Reason}", SafeText.OneLine(Path.GetFileName(file)), e.Message);
                results.Add(new IngestResult(Path.GetFileName(file), null, IngestStatus.Skipped, 0, null, [], [], file, e.Message));
                continue;
            }

            if (claimed is not null)
            {
                var result = await ProcessClaimedAsync(claimed, ct);
                results.Add(result);
                if (result.Status == IngestStatus.Busy)
                {
                    break;   // the warehouse is busy: the other files wait for the next run too
                }
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
            throw new IntakeBusyException($"een andere verwerking van {folder.Root} is bezig; probeer het straks opnieuw.");
        }

        var results = new List<IngestResult>();
        foreach (var path in paths)
        {
            var kind = FileKinds.Of(path);
            if (kind == FileKind.SymbolicLink)
            {
                kind = File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target ? FileKinds.Of(target.FullName) : FileKind.Missing;
            }

            if (kind == FileKind.Missing)
            {
                results.Add(new IngestResult(Path.GetFileName(path), null, IngestStatus.NotFound, 0, null, [], [], path, $"bestand niet gevonden: {SafeText.OneLine(path)}"));
                continue;
            }

            if (kind != FileKind.Regular)
            {
                results.Add(new IngestResult(Path.GetFileName(path), null, IngestStatus.Skipped, 0, null, [], [], path, $"overgeslagen: {FileKinds.Describe(kind)}, geen gewoon bestand"));
                continue;
            }

            var copy = folder.ClaimPathFor(path);
            File.Copy(path, copy);
            var result = await ProcessClaimedAsync(copy, ct);
            results.Add(result);
            if (result.Status == IngestStatus.Busy)
            {
                break;
            }
        }

        return results;
    }

    /// <summary>Why a directory entry in incoming/ cannot be taken (a FIFO, device, socket, a link out of the folder, an unreadable name); null when it can.</summary>
    private string? Unusable(string path)
    {
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Missing && Path.GetFileName(path).Contains('\uFFFD', StringComparison.Ordinal))
        {
            return "de bestandsnaam bevat tekens die geen geldige UTF-8 zijn en kan daardoor niet worden verwerkt; geef het bestand een andere naam";
        }

        if (kind == FileKind.SymbolicLink)
        {
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName;
            if (target is null || !IsInside(target, folder.Root))
            {
                return "een symbolische koppeling naar een bestand buiten de aanlevermap wordt niet gevolgd";
            }

            kind = FileKinds.Of(target);
        }

        return kind is FileKind.Regular or FileKind.Missing ? null : $"{FileKinds.Describe(kind)} is geen gewoon bestand en wordt overgeslagen";
    }

    private static bool IsInside(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private async Task<IngestResult> ProcessClaimedAsync(string claimed, CancellationToken ct)
    {
        var name = DropFolder.OriginalName(claimed);
        var shown = SafeText.OneLine(name);
        var receivedAt = time.GetUtcNow();
        long? importId = null;
        IReadOnlyList<string> warnings = [];
        string? template = null;
        try
        {
            var hash = await HashAsync(claimed, ct);
            importId = await importLog.StartAsync("file", SafeText.Bound(name, NameColumn)!, "partner file", hash, ct);

            if (await rejections.LoadedWithHashAsync(hash, ct) is { } earlier)
            {
                return await DuplicateAsync(claimed, name, importId.Value, earlier, ct);
            }

            var workbook = reader.Read(claimed, name, ct);
            warnings = workbook.Warnings;
            template = workbook.Sheets.Count == 0 ? null : string.Join(", ", workbook.Sheets.Select(s => s.Kind.ToString()).Distinct());
            var errors = workbook.Errors.Select(e => e with { File = name }).ToList();
            if (errors.Count == 0 && workbook.Sheets.Count == 0)
            {
                errors.Add(new SpreadsheetError(name, null, null, null, null, "Het bestand bevat geen blad dat op een van de sjablonen lijkt (Middelen, Begroting, Realisatie, Capaciteit, Indicatoren)."));
            }

            if (errors.Count > 0)
            {
                return await RejectAsync(claimed, name, importId.Value, template, errors, warnings, receivedAt, ct);
            }

            PartnerFileLoad load;
            try
            {
                load = PartnerFileMapper.Map(importId.Value, new FileSourceRecord(SafeText.Bound(name, NameColumn)!, hash, receivedAt), workbook);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException)
            {
                var unusable = new SpreadsheetError(name, null, null, null, null, $"Een waarde in dit bestand kan niet worden opgeslagen: {SafeText.Message(e.Message)}");
                return await RejectAsync(claimed, name, importId.Value, template, [unusable], warnings, receivedAt, ct);
            }

            PartnerFileLoadResult result;
            try
            {
                result = await loader.LoadAsync(load, ct);
            }
            catch (Exception e) when (DataErrors.IsDataError(e) || e is MissingDimensionMemberException)
            {
                // The database refused the data (the load rolled back): the file is at fault, not the pipeline.
                var refused = new SpreadsheetError(name, null, null, null, null, $"De database weigerde de gegevens van dit bestand: {SafeText.Message(e.Message)}");
                return await RejectAsync(claimed, name, importId.Value, template, [refused], warnings, receivedAt, ct);
            }

            if (result.DuplicateOf is { } sameContent)
            {
                // Found under the warehouse lock: an identical file was loaded by another process a moment ago.
                return await DuplicateAsync(claimed, name, importId.Value, sameContent, ct, recorded: true);
            }

            logger.LogInformation("{File} loaded: {Rows} rows; replaces {Replaces}", shown, result.RowsWritten, result.Replaces ?? "nothing");
            var (archived, note) = ArchiveAfterCommit(claimed, shown);
            return new IngestResult(name, template, IngestStatus.Loaded, result.RowsWritten, result.Replaces, [], warnings, archived, note);
        }
        catch (Exception e) when (DataErrors.IsBusy(e))
        {
            logger.LogWarning("{File} not loaded: the warehouse is busy ({Reason}); the file goes back to incoming", shown, SafeText.Message(e.Message));
            var message = "het warehouse is bezig met een andere lading; het bestand staat weer in incoming en wordt bij de volgende run verwerkt";
            await MarkFailedAsync(importId, message);
            return new IngestResult(name, template, IngestStatus.Busy, 0, null, [], warnings, PutBack(claimed), message);
        }
        catch (Exception e) when (IsOutage(e))
        {
            // The pipeline failed, not the file: back to incoming, to be processed again on the next run.
            logger.LogError("Ingest of {File} failed; the file goes back to incoming: {Error}", shown, SafeText.Message(e.Message));
            logger.LogDebug(e, "Ingest of {File} failed", shown);
            await MarkFailedAsync(importId, SafeText.Message(e.Message));
            return new IngestResult(name, null, IngestStatus.Failed, 0, null, [], warnings, PutBack(claimed), SafeText.Message(e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException && importId is not null)
        {
            // Not an outage: retrying will not help, so the file is quarantined in rejected/ with the reason.
            logger.LogError("Ingest of {File} failed for a reason that is not an outage; the file is rejected: {Error}", shown, SafeText.Message(e.Message));
            logger.LogDebug(e, "Ingest of {File} failed", shown);
            var reason = new SpreadsheetError(name, null, null, null, null,
                $"Het bestand kon niet worden verwerkt ({e.GetType().Name}: {SafeText.Message(e.Message)}); het is apart gezet en wordt niet opnieuw geprobeerd. Neem contact op met de beheerder.");
            return await RejectAsync(claimed, name, importId.Value, template, [reason], warnings, receivedAt, ct);
        }
    }

    /// <summary>Failures of the pipeline (database, network, file system): the file is tried again on the next run.</summary>
    private static bool IsOutage(Exception e) =>
        (e is DbException && !DataErrors.IsDataError(e)) || e is TimeoutException or IOException or SocketException or UnauthorizedAccessException or HttpRequestException
        || (e is InvalidOperationException && e.InnerException is not null && IsOutage(e.InnerException));

    private async Task<IngestResult> DuplicateAsync(string claimed, string name, long importId, string earlier, CancellationToken ct, bool recorded = false)
    {
        var message = $"identiek aan het eerder geladen bestand {SafeText.OneLine(earlier)}: niets geladen";
        if (!recorded)
        {
            await importLog.FinishAsync(new ImportOutcome(importId, ImportStatus.Duplicate, 0, Message: message), ct);
        }

        logger.LogInformation("{File} is a duplicate of {Earlier}", SafeText.OneLine(name), SafeText.OneLine(earlier));
        var (archived, note) = ArchiveAfterCommit(claimed, SafeText.OneLine(name));
        return new IngestResult(name, null, IngestStatus.Duplicate, 0, null, [], [], archived, note is null ? message : message + "; " + note);
    }

    /// <summary>
    /// Archives a file whose outcome is already committed. If the move fails the outcome stands (never marked failed,
    /// never loaded twice): the file stays in processing/, and the next run recognises it as identical.
    /// </summary>
    private (string Location, string? Note) ArchiveAfterCommit(string claimed, string shown)
    {
        try
        {
            return (folder.ToArchive(claimed), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError("{File} is in the warehouse but could not be moved to archive: {Error}", shown, SafeText.Message(e.Message));
            return (claimed, $"geladen, maar niet naar archive verplaatst ({SafeText.Message(e.Message)}); de volgende run herkent het als identiek bestand");
        }
    }

    private string PutBack(string claimed)
    {
        try
        {
            return File.Exists(claimed) ? folder.BackToIncoming(claimed) : claimed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError("Could not move {File} back to incoming ({Error}); the next run recovers it from processing", SafeText.OneLine(claimed), SafeText.Message(e.Message));
            return claimed;
        }
    }

    private async Task<IngestResult> RejectAsync(string claimed, string name, long importId, string? template, IReadOnlyList<SpreadsheetError> errors,
        IReadOnlyList<string> warnings, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var message = $"{errors.Count} fout(en)";
        var records = errors.Select(e => new RejectionRecord(
            SafeText.Bound(e.Sheet, SheetColumn), e.Row, SafeText.Bound(e.Column, ColumnColumn), SafeText.Bound(e.Value), e.Message)).ToList();
        await rejections.RecordAsync(importId, SafeText.Bound(name, NameColumn)!, records, message, ct);
        string rejected;
        try
        {
            rejected = folder.ToRejected(claimed);
            RejectionReport.WriteBeside(rejected, name, errors, receivedAt);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Recorded as rejected; the next run recovers the file from processing/ and rejects it again.
            logger.LogError("{File} is rejected but could not be moved to rejected/: {Error}", SafeText.OneLine(name), SafeText.Message(e.Message));
            rejected = claimed;
        }

        logger.LogWarning("{File} rejected: {Count} error(s)", SafeText.OneLine(name), errors.Count);
        return new IngestResult(name, template, IngestStatus.Rejected, 0, null, errors.Select(IngestError.From).ToList(), warnings, rejected, message);
    }

    // Best effort: when the database itself is down this fails too; the next run of the file marks the row interrupted.
    private async Task MarkFailedAsync(long? importId, string message)
    {
        if (importId is null)
        {
            return;
        }

        try
        {
            await importLog.FinishAsync(new ImportOutcome(importId.Value, ImportStatus.Failed, 0, Message: message), CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            logger.LogWarning("Could not mark import {ImportId} as failed: {Reason}", importId, SafeText.Message(e.Message));
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
