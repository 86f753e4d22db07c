using System.Security.Cryptography;
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
        foreach (var recovered in folder.RecoverInterrupted())
        {
            logger.LogWarning("Recovered {File} from an interrupted run", recovered);
        }

        var results = new List<IngestResult>();
        foreach (var file in Directory.EnumerateFiles(folder.Incoming).Order(StringComparer.Ordinal).ToList())
        {
            if (!stable.IsReady(file))
            {
                logger.LogDebug("Leaving {File}: temporary or still being written", file);
                continue;
            }

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
        var results = new List<IngestResult>();
        foreach (var path in paths)
        {
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
        try
        {
            var hash = await HashAsync(claimed, ct);
            var importId = await importLog.StartAsync("file", name, "partner file", hash, ct);

            if (await rejections.LoadedWithHashAsync(hash, ct) is { } earlier)
            {
                var message = $"identiek aan het eerder geladen bestand {earlier}: niets geladen";
                await importLog.FinishAsync(new ImportOutcome(importId, "duplicate", 0, Message: message), ct);
                var archived = folder.ToArchive(claimed);
                logger.LogInformation("{File} is a duplicate of {Earlier}", name, earlier);
                return new IngestResult(name, null, "duplicate", 0, null, [], [], archived, message);
            }

            var workbook = reader.Read(claimed, ct);
            var template = workbook.Sheets.Count == 0 ? null : string.Join(", ", workbook.Sheets.Select(s => s.Kind.ToString()).Distinct());
            var errors = workbook.Errors.Select(e => e with { File = name }).ToList();
            if (errors.Count == 0 && workbook.Sheets.Count == 0)
            {
                errors.Add(new SpreadsheetError(name, null, null, null, null, "Het bestand bevat geen blad dat op een van de sjablonen lijkt (Middelen, Begroting, Realisatie, Capaciteit, Indicatoren)."));
            }

            if (errors.Count > 0)
            {
                var message = $"{errors.Count} fout(en)";
                await rejections.RecordAsync(importId, name, errors.Select(e => new RejectionRecord(e.Sheet, e.Row, e.Column, e.Value, e.Message)).ToList(), message, ct);
                var rejected = folder.ToRejected(claimed);
                RejectionReport.WriteBeside(rejected, name, errors, receivedAt);
                logger.LogWarning("{File} rejected: {Count} error(s)", name, errors.Count);
                return new IngestResult(name, template, "rejected", 0, null, errors.Select(IngestError.From).ToList(), workbook.Warnings, rejected, message);
            }

            var load = PartnerFileMapper.Map(importId, new FileSourceRecord(name, hash, receivedAt), workbook);
            var result = await loader.LoadAsync(load, ct);
            var archivedFile = folder.ToArchive(claimed);
            logger.LogInformation("{File} loaded: {Rows} rows; replaces {Replaces}", name, result.RowsWritten, result.Replaces ?? "nothing");
            return new IngestResult(name, template, "loaded", result.RowsWritten, result.Replaces, [], workbook.Warnings, archivedFile);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The pipeline failed, not the file: back to incoming, to be processed again on the next run.
            logger.LogError(e, "Ingest of {File} failed; the file goes back to incoming", name);
            var back = folder.BackToIncoming(claimed);
            return new IngestResult(name, null, "failed", 0, null, [], [], back, e.Message);
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
