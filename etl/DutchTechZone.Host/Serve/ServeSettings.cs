using Cronos;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Serve.Scheduling;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Host.Serve;

/// <summary>
/// Reads and checks the settings of <c>dtz serve</c> before anything starts, so a wrong value is one Dutch line that
/// names the setting (exit 1), never a stack trace from deep inside the web host or the scheduler.
/// </summary>
public static class ServeSettings
{
    public static ServeOptions Read(IConfiguration configuration, string? urls)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ServeOptions serve;
        ScheduleOptions schedule;
        try
        {
            serve = configuration.GetSection("Serve").Get<ServeOptions>() ?? new ServeOptions();
            schedule = configuration.GetSection("Schedule").Get<ScheduleOptions>() ?? new ScheduleOptions();
        }
        catch (InvalidOperationException e)
        {
            throw new DtzConfigurationException(ConfigurationBindingError.TryDescribe(e, out var dutch) ? dutch : "Een instelling in Serve: of Schedule: heeft een ongeldige waarde.");
        }

        if (urls is not null)
        {
            serve.Urls = urls;
        }

        foreach (var url in serve.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = url.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
            if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/")
            {
                throw new DtzConfigurationException($"Serve:Urls / --urls: '{url}' is geen geldig adres (bijvoorbeeld http://127.0.0.1:5080).");
            }
        }

        if (serve.UploadLimitBytes <= 0)
        {
            throw new DtzConfigurationException("Serve:UploadLimitBytes moet groter dan nul zijn.");
        }

        if (serve.WorkerCount is < 1 or > 64)
        {
            throw new DtzConfigurationException("Serve:WorkerCount moet tussen 1 en 64 liggen.");
        }

        if (serve.ShutdownTimeout <= TimeSpan.Zero)
        {
            throw new DtzConfigurationException("Serve:ShutdownTimeout moet groter dan nul zijn.");
        }

        RecurringJobsRegistrar.ResolveZone(schedule.TimeZone);
        CheckCron(schedule.CbsImport, "Schedule:CbsImport");
        CheckCron(schedule.DropFolderScan, "Schedule:DropFolderScan");
        CheckCron(schedule.BudgetRecompute, "Schedule:BudgetRecompute");
        return serve;
    }

    private static void CheckCron(string? cron, string setting)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return;
        }

        try
        {
            var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            CronExpression.Parse(cron, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        }
        catch (CronFormatException)
        {
            throw new DtzConfigurationException($"{setting} '{cron}' is geen geldige cron-expressie (bijvoorbeeld \"0 6 * * *\": dagelijks om 06:00).");
        }
    }
}
