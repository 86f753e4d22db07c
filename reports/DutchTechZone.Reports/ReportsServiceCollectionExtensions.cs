using DutchTechZone.Database.Queries;
using DutchTechZone.Reports.Charts;
using DutchTechZone.Reports.Data;
using DutchTechZone.Reports.Delivery;
using DutchTechZone.Reports.Document;
using DutchTechZone.Reports.Formatting;
using DutchTechZone.Reports.Html;
using DutchTechZone.Reports.Mail;
using DutchTechZone.Reports.Pdf;
using DutchTechZone.Reports.Schedule;
using DutchTechZone.Reports.Xlsx;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DutchTechZone.Reports;

/// <summary>Registers the board report's use cases (<see cref="RenderBoardReport"/>, <see cref="SendBoardReport"/>) and their parts.</summary>
public static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the board report. Expects <see cref="DutchTechZone.Database.Warehouse"/> and logging to be registered by the
    /// host; <see cref="TimeProvider"/> defaults to the system clock. Settings: <c>Smtp:*</c>, <c>Report:*</c>
    /// (<c>Report:SendAt</c> "08:00", <c>Report:TimeZone</c> "Europe/Amsterdam"). SMTP settings are checked when sending,
    /// so rendering works without them.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ReportMailSettings.Read(configuration));
        services.AddSingleton(_ => new BoardReportSchedule(
            configuration.GetValue<TimeOnly?>("Report:SendAt") ?? new TimeOnly(8, 0),
            configuration["Report:TimeZone"] is { Length: > 0 } zone ? TimeZoneInfo.FindSystemTimeZoneById(zone) : DutchTime.Zone));
        services.TryAddTransient<BudgetQueries>();
        services.AddTransient<RegionalFiguresReader>();
        services.AddTransient<BoardReportReader>();
        services.AddSingleton<ChartRenderer>();
        services.AddSingleton<BoardReportComposer>();
        services.AddSingleton<HtmlReportWriter>();
        services.AddSingleton<PdfReportWriter>();
        services.AddSingleton<XlsxReportWriter>();
        services.AddTransient<RenderBoardReport>();
        services.AddTransient<ReportDeliveryLog>();
        services.AddTransient<SmtpReportMailer>();
        services.AddTransient<SendBoardReport>();
        return services;
    }
}
