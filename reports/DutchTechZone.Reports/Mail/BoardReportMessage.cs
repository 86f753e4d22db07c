using DutchTechZone.Reports.Formatting;
using MimeKit;
using MimeKit.Utils;

namespace DutchTechZone.Reports.Mail;

/// <summary>Builds the mail: HTML body with the charts as inline (CID) images, a plain-text alternative, the PDF and xlsx attached.</summary>
public static class BoardReportMessage
{
    public static MimeMessage Create(RenderedBoardReport report, string from, IEnumerable<string> to)
    {
        ArgumentNullException.ThrowIfNull(report);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        foreach (var address in to)
        {
            message.To.Add(MailboxAddress.Parse(address));
        }

        var model = report.Model;
        message.Subject = $"Bestuursrapportage Dutch TechZone — {model.Period.DutchName}";
        message.MessageId = MimeUtils.GenerateMessageId(MailboxAddress.Parse(from).Domain is { Length: > 0 } domain ? domain : "dutchtechzone.local");
        var body = new BodyBuilder
        {
            HtmlBody = report.MailHtml,
            TextBody =
                $"Bestuursrapportage Dutch TechZone — {model.Period.DutchName}\n\n" +
                $"Totaal beschikbare middelen {model.Year}: {DutchFormat.Euro(model.Resources.TotalAvailable)}\n" +
                $"Gemeentelijke bijdragen ({model.ContributionStatus}): {DutchFormat.Euro(model.Resources.ContributionsTotal)}\n" +
                string.Concat(model.Contributions.Select(c => $"  {c.Municipality}: {DutchFormat.Euro(c.Amount)} ({c.DutchStatus})\n")) +
                $"Overgebleven middelen {model.Year - 1}: {DutchFormat.Euro(model.Resources.CarryOver)}\n" +
                $"Netwerk- en Verbindingsplan begroot: {DutchFormat.Euro(model.NetworkPlan.Budgeted)}\n\n" +
                "De volledige rapportage staat in de bijgevoegde PDF; alle cijfers staan in het Excel-bestand.\n",
        };
        foreach (var chart in report.Document.Charts)
        {
            var image = body.LinkedResources.Add(chart.FileName, chart.Png, new ContentType("image", "png"));
            image.ContentId = chart.FileName;
        }

        body.Attachments.Add(report.AttachmentStem + ".pdf", report.Pdf, new ContentType("application", "pdf"));
        body.Attachments.Add(report.AttachmentStem + ".xlsx", report.Xlsx,
            new ContentType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        message.Body = body.ToMessageBody();
        return message;
    }
}
