using System.CommandLine;
using DutchTechZone.Etl.Hygiene;
using DutchTechZone.Host.Composition;
using DutchTechZone.Reports;
using DutchTechZone.Reports.Formatting;
using DutchTechZone.Reports.Mail;
using DutchTechZone.Reports.Model;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>dtz report [--period YYYY-MM] [--out DIR] [--send] [--force]</c>: renders the board report (report.html, report.pdf,
/// report.xlsx in DIR, default <c>&lt;data&gt;/report</c>) and with <c>--send</c> mails it, once per period.
/// Exit codes: 0 written (and sent, or already sent), 1 failure (configuration, SMTP unreachable, every recipient
/// refused), 3 sent but a recipient was refused, 5 a <c>--period</c> that is no month.
/// </summary>
public static class ReportCommand
{
    public static Command Create(CommandRunner runner)
    {
        var period = new Option<string?>("--period") { Description = "Maand van de rapportage, JJJJ-MM (standaard de vorige maand)." };
        var output = new Option<string?>("--out") { Description = "Map voor report.html, report.pdf en report.xlsx (standaard <data>/report)." };
        var send = new Option<bool>("--send") { Description = "Verstuurt de rapportage per e-mail (DTZ__Smtp__*, DTZ__Report__From, DTZ__Report__To)." };
        var force = new Option<bool>("--force") { Description = "Verstuurt ook als deze periode al verzonden is." };
        var command = new Command("report", "Maakt de bestuursrapportage (HTML, PDF, Excel) uit het warehouse en verstuurt die desgewenst.") { period, output, send, force };
        command.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            ReportPeriod chosen;
            if (result.GetValue(period) is { } text)
            {
                if (!ReportPeriod.TryParse(text, out chosen))
                {
                    // A usage error like --year abc: configuration (exit 5), what was typed echoed as one bounded line.
                    await runner.Console.Error.WriteLineAsync($"Ongeldige periode '{SafeText.Bound(SafeText.OneLine(text))}': gebruik JJJJ-MM, bijvoorbeeld 2026-11.");
                    return ExitCodes.Configuration;
                }
            }
            else
            {
                chosen = ReportPeriod.Previous(app.Time);
            }

            await runner.MigrateAsync(app, ct);
            var directory = Path.GetFullPath(result.GetValue(output) ?? Path.Combine(app.DataDirectory, "report"));
            try
            {
                if (!result.GetValue(send))
                {
                    var rendered = await app.Get<RenderBoardReport>().ExecuteAsync(chosen, ct);
                    await PrintWrittenAsync(runner, rendered, await rendered.WriteToAsync(directory, ct));
                    return ExitCodes.Ok;
                }

                var sent = await app.Get<SendBoardReport>().ExecuteAsync(chosen, result.GetValue(force), ct);
                if (sent.Report is { } report)
                {
                    await PrintWrittenAsync(runner, report, await report.WriteToAsync(directory, ct));
                }

                return await PrintSentAsync(runner, sent);
            }
            catch (ReportConfigurationException e)
            {
                await runner.Console.Error.WriteLineAsync("Configuratiefout: " + e.Message);
                return ExitCodes.Failure;
            }
            catch (ReportDeliveryException e)
            {
                await runner.Console.Error.WriteLineAsync("Verzendfout: " + e.Message);
                return ExitCodes.Failure;
            }
        }));
        return command;
    }

    /// <summary>Renders the report of <paramref name="period"/> to <paramref name="directory"/> (used by <c>demo</c>).</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(DtzApp app, ReportPeriod period, string directory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var rendered = await app.Get<RenderBoardReport>().ExecuteAsync(period, ct);
        return await rendered.WriteToAsync(directory, ct);
    }

    /// <summary>The last month of <paramref name="year"/> that has ended (or its January while the year runs): the demo's period.</summary>
    public static ReportPeriod PeriodOf(DtzApp app, int year)
    {
        ArgumentNullException.ThrowIfNull(app);
        var previous = ReportPeriod.Previous(app.Time);
        return previous.Year == year ? previous : new ReportPeriod(year, previous.Year > year ? 12 : 1);
    }

    private static async Task PrintWrittenAsync(CommandRunner runner, RenderedBoardReport report, IReadOnlyList<string> files)
    {
        var model = report.Model;
        await runner.Console.Out.WriteLineAsync($"Bestuursrapportage {model.Period.DutchName} (begrotingsjaar {model.Year}) geschreven:");
        foreach (var file in files)
        {
            await runner.Console.Out.WriteLineAsync("  " + file);
        }

        await runner.Console.Out.WriteLineAsync($"Totaal beschikbare middelen {model.Year}: {DutchFormat.Euro(model.Resources.TotalAvailable)}" +
            (model.Regional.IsEmpty ? " (nog geen regionale cijfers)" : ""));
    }

    private static async Task<int> PrintSentAsync(CommandRunner runner, BoardReportSendResult sent)
    {
        var output = runner.Console.Out;
        if (sent.Delivered.Count > 0)
        {
            await output.WriteLineAsync($"Verzonden aan {string.Join(", ", sent.Delivered)}" + (sent.Attempts > 1 ? $" (na {sent.Attempts} pogingen)" : ""));
        }

        if (sent.AlreadySentTo.Count > 0)
        {
            await output.WriteLineAsync($"Al eerder verzonden aan {string.Join(", ", sent.AlreadySentTo)}" +
                (sent.Status == BoardReportSendStatus.AlreadySent ? "; niets verzonden (--force verstuurt opnieuw)" : ""));
        }

        foreach (var refused in sent.Refused)
        {
            await runner.Console.Error.WriteLineAsync($"Geweigerd door de mailserver: {refused.Address} ({refused.StatusCode} {refused.Reason})");
        }

        return sent.Status switch
        {
            BoardReportSendStatus.AllRefused => ExitCodes.Failure,
            BoardReportSendStatus.PartlyRefused => ExitCodes.Rejected,
            _ => ExitCodes.Ok,
        };
    }
}
