using DutchTechZone.Database;
using DutchTechZone.Database.Queries;
using DutchTechZone.Database.Loaders;
using DutchTechZone.Etl;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Serve.Access;
using DutchTechZone.Host.Serve.Health;
using DutchTechZone.Host.Serve.Jobs;
using DutchTechZone.Host.Serve.Scheduling;
using DutchTechZone.Host.Serve.Status;
using DutchTechZone.Host.Serve.Storage;
using DutchTechZone.Host.Serve.Upload;
using DutchTechZone.Migrations;
using Hangfire;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Host.Serve;

/// <summary>
/// <c>dtz serve</c>: an ASP.NET Core host with the Hangfire server (recurring jobs), the dashboard at <c>/hangfire</c>,
/// the status page at <c>/</c>, the upload form and <c>/health</c>. The warehouse is migrated once, at start-up.
/// Runs as a systemd or Windows service when started by one.
/// </summary>
public static class DtzWebHost
{
    /// <summary>Builds the host (not started): the composition is the command line's (<see cref="DtzServices.AddDtz"/>).</summary>
    public static WebApplication Build(IConfiguration configuration, string? urls = null, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(configuration);
        builder.Host.UseSystemd();
        builder.Host.UseWindowsService(o => o.ServiceName = "dtz");
        var serve = ServeSettings.Read(configuration, urls);
        builder.WebHost.UseUrls(serve.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = serve.UploadLimitBytes + (1024 * 1024));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = serve.ShutdownTimeout + TimeSpan.FromSeconds(10));
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = serve.UploadLimitBytes + (1024 * 1024));
        builder.Logging.ClearProviders();
        DtzLogging.Configure(builder.Logging, configuration);

        builder.Services.AddDtz(configuration);
        builder.Services.AddOptions<ServeOptions>().Bind(configuration.GetSection("Serve"));
        builder.Services.AddOptions<ScheduleOptions>().Bind(configuration.GetSection("Schedule"));
        builder.Services.AddSingleton<AccessPolicy>();
        builder.Services.AddSingleton<ServeClock>();
        builder.Services.AddSingleton<ShutdownGrace>();
        builder.Services.AddSingleton<StatusReader>();
        builder.Services.AddTransient<CbsImportJob>();
        builder.Services.AddTransient<DropFolderScanJob>();
        builder.Services.AddTransient<BudgetRecomputeJob>();
        builder.Services.AddTransient<BoardReportJob>();
        builder.Services.AddSingleton<IRecurringJobSource, BoardReportRecurringJob>();
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "dtz-af");
        // Anti-forgery keys live in the data folder, so a form opened before a restart still posts after it.
        builder.Services.AddDataProtection()
            .SetApplicationName("dtz")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DtzServices.ReadPipeline(configuration).DataDirectory, "keys")));

        builder.Services.AddHangfire((sp, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            HangfireStorageSetup.Configure(hangfire, configuration, sp.GetRequiredService<PipelineSettings>(), sp.GetRequiredService<WarehouseSettings>());
        });
        builder.Services.AddHangfireServer((sp, o) =>
        {
            o.WorkerCount = Math.Max(1, serve.WorkerCount);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(2);
            o.ShutdownTimeout = serve.ShutdownTimeout;
            o.ServerName = ServerNames.ForThisProcess();
        });
        builder.Services.AddHostedService<RecurringJobsRegistrar>();
        builder.Services.AddHostedService<DropFolderWatcher>();
        builder.Services.AddHealthChecks()
            .AddCheck<WarehouseHealthCheck>("warehouse")
            .AddCheck<DropFolderHealthCheck>("aanlevermap")
            .AddCheck<CbsFreshnessHealthCheck>("cbs-import")
            .AddCheck<HangfireServersHealthCheck>("hangfire");
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.Use(SecurityHeaders.AddAsync);
        app.UseStatusCodePages(FriendlyStatusPages.WriteAsync);
        app.UseAntiforgery();
        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new DashboardAuthorization(app.Services.GetRequiredService<AccessPolicy>())],
            DisplayStorageConnectionString = false,
            DashboardTitle = "dtz — taken",
            AppPath = "/",
        });
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapGet("/", StatusAsync);
        app.MapPost("/upload", UploadEndpoint.HandleAsync);
        app.MapGet("/afgewezen/{importId:long}", RejectionAsync);
        return app;
    }

    /// <summary>Migrates the warehouse once, then runs until SIGTERM / Ctrl-C (running jobs get the shutdown timeout).</summary>
    public static async Task RunAsync(WebApplication app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        await PrepareAsync(app.Services, ct);
        using var stop = ct.Register(() => app.Lifetime.StopApplication());
        try
        {
            await app.RunAsync();
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse }
                                    || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new DtzConfigurationException($"Het adres in Serve:Urls / --urls is al in gebruik (draait dtz serve al?): kies een andere poort. {e.Message}");
        }
    }

    /// <summary>
    /// Start-up work before this process's Hangfire server takes a job: migrate once; then, when no other
    /// <c>dtz serve</c> shares the storage (no live Hangfire server), close the imports a killed process left running.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("DutchTechZone.Serve");
        var result = await services.GetRequiredService<WarehouseMigrator>().MigrateAsync(ct);
        logger.LogInformation("Warehouse {Warehouse}: {Count} migration script(s) applied", services.GetRequiredService<WarehouseSettings>(), result.AppliedScripts.Count);

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var others = services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers()
            .Count(s => s.Heartbeat is { } beat && now - beat < TimeSpan.FromMinutes(1) && !ServerNames.IsDeadOnThisMachine(s.Name));
        if (others > 0)
        {
            logger.LogInformation("{Servers} other dtz serve process(es) share this storage: running imports are left to them", others);
            return;
        }

        var closed = await services.GetRequiredService<ImportLog>().CloseInterruptedImportsAsync(ct);
        if (closed > 0)
        {
            logger.LogWarning("{Count} import(s) left running by a stopped process marked interrupted", closed);
        }
    }

    private static async Task<IResult> StatusAsync(HttpContext context, AccessPolicy access, StatusReader reader, IAntiforgery antiforgery, IOptions<ServeOptions> options)
    {
        if (!access.IsAllowed(context))
        {
            access.Deny(context);
            return Results.Empty;
        }

        var snapshot = await reader.ReadAsync(context.RequestAborted);
        var tokens = antiforgery.GetAndStoreTokens(context);
        var notice = context.Request.Query["melding"].ToString();
        var html = StatusPage.Render(
            snapshot,
            tokens.RequestToken is { } token ? (tokens.FormFieldName, token) : null,
            notice.Length == 0 ? null : notice[..Math.Min(notice.Length, 300)],
            options.Value.UploadLimitBytes);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>Every error of one rejected delivery, from the import log (never a file from the drop folder).</summary>
    private static async Task<IResult> RejectionAsync(HttpContext context, long importId, AccessPolicy access, StatusQueries queries)
    {
        if (!access.IsAllowed(context))
        {
            access.Deny(context);
            return Results.Empty;
        }

        var file = await queries.RejectedFileAsync(importId, context.RequestAborted);
        if (file is null)
        {
            return Results.NotFound();
        }

        var errors = await queries.RejectionsOfAsync(importId, 10_000, context.RequestAborted);
        return Results.Content(RejectionPage.Render(file, errors), "text/html; charset=utf-8");
    }
}
