using DutchTechZone.Etl.Intake;
using DutchTechZone.Host.Serve.Access;
using DutchTechZone.Host.Serve.Jobs;
using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Host.Serve.Upload;

/// <summary>
/// <c>POST /upload</c>: puts one file into the drop folder for the programme office, so they need not reach the
/// share. Anti-forgery token checked, size limited, the name made safe; written under a temporary name the intake
/// ignores and renamed when complete (never over an existing file); then a scan is enqueued.
/// </summary>
public static class UploadEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        IFormFile? file,
        AccessPolicy access,
        DropFolder folder,
        IBackgroundJobClient jobs,
        IOptions<ServeOptions> options,
        ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        if (!access.IsAllowed(context))
        {
            access.Deny(context);
            return Results.Empty;
        }

        if (file is null || file.Length == 0)
        {
            return Back("Er is geen bestand ontvangen.");
        }

        if (file.Length > options.Value.UploadLimitBytes)
        {
            return Back($"Het bestand is groter dan {options.Value.UploadLimitBytes / (1024 * 1024)} MB en is niet aangeleverd.");
        }

        var name = UploadedFileName.Clean(file.FileName, out var refusal);
        if (name is null)
        {
            return Back($"Niet aangeleverd: {refusal}.");
        }

        folder.EnsureCreated();
        var temporary = Path.Combine(folder.Incoming, $".upload-{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.CopyToAsync(target, context.RequestAborted);
            }

            var final = MoveToFreeName(temporary, folder.Incoming, name);
            loggers.CreateLogger("DutchTechZone.Upload").LogInformation("Uploaded a file ({Bytes} bytes) into the drop folder as {Name}", file.Length, Path.GetFileName(final));
            jobs.Schedule<DropFolderScanJob>(j => j.RunAsync(CancellationToken.None), TimeSpan.FromSeconds(3));
            return Back($"{Path.GetFileName(final)} is aangeleverd en wordt zo verwerkt.");
        }
        catch (OperationCanceledException)
        {
            TryDelete(temporary);
            return Results.StatusCode(StatusCodes.Status499ClientClosedRequest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            loggers.CreateLogger("DutchTechZone.Upload").LogError("Upload of {Name} failed: {Reason}", name, e.Message);
            return Back("Het bestand kon niet in de aanlevermap worden gezet; probeer het later opnieuw.");
        }
    }

    private static IResult Back(string notice) => Results.Redirect("/?melding=" + Uri.EscapeDataString(notice), permanent: false);

    /// <summary>Renames the complete upload to its name, or "name (2).xlsx" and so on when that is taken: never overwrites.</summary>
    private static string MoveToFreeName(string temporary, string folder, string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 1; ; n++)
        {
            var candidate = Path.Combine(folder, n == 1 ? name : $"{stem} ({n}){extension}");
            try
            {
                File.Move(temporary, candidate, overwrite: false);
                return candidate;
            }
            catch (IOException) when (File.Exists(candidate) && n < 1000)
            {
                // taken: try the next number
            }
        }
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
            // a half-written temporary file is ignored by the intake; the next start can remove it by hand
        }
    }
}
