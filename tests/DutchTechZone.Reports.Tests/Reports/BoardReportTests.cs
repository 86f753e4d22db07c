using System.Text.Json;
using Dapper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DutchTechZone.Host.Cli;
using DutchTechZone.Reports.Delivery;
using DutchTechZone.Reports.Model;
using DutchTechZone.Reports.Tests.Infrastructure;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using UglyToad.PdfPig;

namespace DutchTechZone.Reports.Tests.Reports;

/// <summary>
/// The board report end to end, per warehouse: the real <c>dtz demo</c> fills it, <c>dtz report</c> renders and mails it
/// to a real SMTP server on loopback. Every send test uses its own period, so they share one demo warehouse.
/// </summary>
public abstract class BoardReportTests<TProvider>(DemoWarehouse<TProvider> demo) : IClassFixture<DemoWarehouse<TProvider>>
    where TProvider : IWarehouseProvider, new()
{
    private static readonly Dictionary<string, (string Name, string Amount)> Jaarplan2026 = new()
    {
        ["GM0114"] = ("Emmen", "€ 109.754"),
        ["GM1681"] = ("Borger-Odoorn", "€ 26.112"),
        ["GM0109"] = ("Coevorden", "€ 35.740"),
        ["GM0160"] = ("Hardenberg", "€ 63.895"),
        ["GM0118"] = ("Hoogeveen", "€ 56.897"),
    };

    [Fact]
    public async Task DemoWritesTheReportToTheDataFolder()
    {
        var folder = Path.Combine(demo.DataDirectory, "report");

        Assert.Contains("Bestuursrapportage geschreven: report.html, report.pdf, report.xlsx", demo.DemoOutput, StringComparison.Ordinal);
        var text = PdfText(await File.ReadAllBytesAsync(Path.Combine(folder, "report.pdf")));
        Assert.Contains("€ 338.268", text, StringComparison.Ordinal);
        Assert.Contains("€ 338.268", await File.ReadAllTextAsync(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportWritesAPdfWithTheTotalsTheFiveMunicipalitiesTheirContributionsAndTwoCharts()
    {
        var folder = demo.Temp.Combine("out-pdf");

        var (exit, output, error) = await demo.RunAsync(["report", "--period", "2026-11", "--out", folder]);

        Assert.True(exit == ExitCodes.Ok, output + error);
        Assert.Contains("Totaal beschikbare middelen 2026: € 338.268", output, StringComparison.Ordinal);
        var pdf = await File.ReadAllBytesAsync(Path.Combine(folder, "report.pdf"));
        var text = PdfText(pdf);
        Assert.Contains("€ 338.268", text, StringComparison.Ordinal);
        Assert.Contains("€ 292.398", text, StringComparison.Ordinal);
        Assert.Contains("€ 45.870", text, StringComparison.Ordinal);
        Assert.Contains("€ 125.000", text, StringComparison.Ordinal);
        foreach (var (name, amount) in Jaarplan2026.Values)
        {
            Assert.Matches($@"{name} [\d.]+ {amount} voorlopig", text);
        }

        Assert.Contains("bundled sample", text, StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 6, $"{document.NumberOfPages} pages");
        Assert.True(document.GetPages().Sum(p => p.GetImages().Count()) >= 2, "at least two charts");
        Assert.All(document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct(), f => Assert.Contains("DejaVu", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheXlsxHoldsTheNumbersOfDtzBudgetAsNumbersWithEuroFormats()
    {
        var folder = demo.Temp.Combine("out-xlsx");
        Assert.Equal(ExitCodes.Ok, (await demo.RunAsync(["report", "--period", "2026-11", "--out", folder])).Exit);
        var (budgetExit, budgetJson, _) = await demo.RunAsync(["budget", "--year", "2026", "--json"]);
        Assert.Equal(ExitCodes.Ok, budgetExit);
        using var json = JsonDocument.Parse(budgetJson);
        var budget = json.RootElement;

        using var workbook = SpreadsheetDocument.Open(Path.Combine(folder, "report.xlsx"), false);
        var overview = Sheet(workbook, "Overzicht");
        Assert.Equal(budget.GetProperty("totalAvailable").GetDecimal(), Amount(workbook, overview, "Totaal beschikbare middelen"));
        Assert.Equal(budget.GetProperty("carryOver").GetDecimal(), Amount(workbook, overview, "Overgebleven middelen 2025"));
        Assert.Equal(budget.GetProperty("contributionsTotal").GetDecimal(), Amount(workbook, overview, "Gemeentelijke bijdragen (voorlopig)"));
        Assert.Equal(budget.GetProperty("networkPlan").GetProperty("budgeted").GetDecimal(), Amount(workbook, overview, "Begroot"));
        Assert.Equal(budget.GetProperty("networkPlan").GetProperty("free").GetDecimal(), Amount(workbook, overview, "Nog vrij"));
        Assert.Equal(budget.GetProperty("networkPlan").GetProperty("reserved").GetDecimal(), Amount(workbook, overview, "Reservering komende jaren"));

        var contributions = Sheet(workbook, "Bijdragen");
        foreach (var c in budget.GetProperty("contributions").EnumerateArray())
        {
            var row = contributions.Single(r => r.Count > 0 && r[0].Text == c.GetProperty("cbsCode").GetString());
            Assert.Equal(c.GetProperty("municipality").GetString(), row[1].Text);
            Assert.Equal(c.GetProperty("inhabitants").GetInt64(), row[2].Number);
            Assert.Equal(c.GetProperty("amount").GetDecimal(), row[6].Number);
            Assert.Equal(Styles.Euro, row[6].Format);
        }

        var themes = Sheet(workbook, "Thema's");
        foreach (var t in budget.GetProperty("themes").EnumerateArray())
        {
            var row = themes.Single(r => r.Count > 0 && r[0].Number == t.GetProperty("theme").GetInt32());
            Assert.Equal(t.GetProperty("budgeted").GetDecimal(), row[2].Number);
            Assert.Equal(t.GetProperty("committed").GetDecimal(), row[3].Number);
            Assert.Equal(t.GetProperty("paid").GetDecimal(), row[4].Number);
            Assert.Equal(t.GetProperty("free").GetDecimal(), row[5].Number);
        }
    }

    [Fact]
    public async Task RenderingWritesNothingToTheWarehouse()
    {
        var before = await CountRowsAsync();

        var (exit, _, _) = await demo.RunAsync(["report", "--period", "2026-11", "--out", demo.Temp.Combine("out-readonly")]);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(before, await CountRowsAsync());
    }

    [Fact]
    public async Task SendDeliversOneMessageWithTheReportAndASecondSendDeliversNothingUnlessForced()
    {
        using var smtp = new LoopbackSmtpServer();
        var settings = smtp.Settings("bestuur@emmen.test, secretaris@hoogeveen.test");

        var first = await demo.RunAsync(["report", "--send", "--period", "2026-10", "--out", demo.Temp.Combine("out-send")], settings);

        Assert.True(first.Exit == ExitCodes.Ok, first.Output + first.Error);
        var (message, envelope) = Assert.Single(smtp.Received);
        Assert.Equal("Bestuursrapportage Dutch TechZone — oktober 2026", message.Subject);
        Assert.Equal(["bestuur@emmen.test", "secretaris@hoogeveen.test"], message.To.Mailboxes.Select(m => m.Address).Order(StringComparer.Ordinal));
        Assert.Equal(["bestuur@emmen.test", "secretaris@hoogeveen.test"], envelope.Order(StringComparer.Ordinal));
        Assert.Equal("rapportage@dutchtechzone.test", message.From.Mailboxes.Single().Address);
        var html = message.HtmlBody ?? "";
        Assert.Contains("€ 338.268", html, StringComparison.Ordinal);
        foreach (var (name, amount) in Jaarplan2026.Values)
        {
            Assert.Contains(name, html, StringComparison.Ordinal);
            Assert.Contains(amount, html, StringComparison.Ordinal);
        }

        // The charts are inline images the HTML refers to by Content-Id.
        var inline = message.BodyParts.OfType<MimePart>().Where(p => p.ContentType.MimeType == "image/png").ToList();
        Assert.True(inline.Count >= 2);
        Assert.All(inline, i => Assert.Contains("cid:" + i.ContentId, html, StringComparison.Ordinal));
        var attachments = message.Attachments.OfType<MimePart>().ToList();
        var pdf = Assert.Single(attachments, a => (a.FileName ?? "").EndsWith(".pdf", StringComparison.Ordinal));
        var text = PdfText(Content(pdf));
        foreach (var (name, amount) in Jaarplan2026.Values)
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
            Assert.Contains(amount, text, StringComparison.Ordinal);
        }

        Assert.Single(attachments, a => (a.FileName ?? "").EndsWith(".xlsx", StringComparison.Ordinal));

        var second = await demo.RunAsync(["report", "--send", "--period", "2026-10", "--out", demo.Temp.Combine("out-send")], settings);

        Assert.Equal(ExitCodes.Ok, second.Exit);
        Assert.Contains("niets verzonden", second.Output, StringComparison.Ordinal);
        Assert.Single(smtp.Received);

        var forced = await demo.RunAsync(["report", "--send", "--force", "--period", "2026-10", "--out", demo.Temp.Combine("out-send")], settings);

        Assert.Equal(ExitCodes.Ok, forced.Exit);
        Assert.Equal(2, smtp.Received.Count);
        var last = await new ReportDeliveryLog(demo.Warehouse(), TimeProvider.System).LastSentAsync();
        Assert.NotNull(last);
        Assert.Equal(2, last.Recipients);
    }

    [Fact]
    public async Task ARefusedRecipientIsReportedAndTheOthersGetTheReport()
    {
        using var smtp = new LoopbackSmtpServer();
        smtp.Refuse.Add("onbekend@coevorden.test");
        var settings = smtp.Settings("bestuur@emmen.test,onbekend@coevorden.test,wethouder@hardenberg.test");

        var (exit, output, error) = await demo.RunAsync(["report", "--send", "--period", "2026-09", "--out", demo.Temp.Combine("out-refused")], settings);

        Assert.Equal(ExitCodes.Rejected, exit);
        Assert.Contains("onbekend@coevorden.test", error, StringComparison.Ordinal);
        Assert.Contains("Verzonden aan bestuur@emmen.test, wethouder@hardenberg.test", output, StringComparison.Ordinal);
        var (_, envelope) = Assert.Single(smtp.Received);
        Assert.Equal(["bestuur@emmen.test", "wethouder@hardenberg.test"], envelope.Order(StringComparer.Ordinal));

        // Once the address is fixed on the server's side, the next run sends only to the recipient that did not get it.
        smtp.Refuse.Clear();
        var retry = await demo.RunAsync(["report", "--send", "--period", "2026-09", "--out", demo.Temp.Combine("out-refused")], settings);

        Assert.Equal(ExitCodes.Ok, retry.Exit);
        Assert.Equal(2, smtp.Received.Count);
        Assert.Equal(["onbekend@coevorden.test"], smtp.Received.Last().Envelope);
    }

    [Fact]
    public async Task ATransientSmtpFailureIsRetriedAndTheReportSentOnce()
    {
        using var smtp = new LoopbackSmtpServer { FailNextTransactions = 1 };

        var (exit, output, error) = await demo.RunAsync(["report", "--send", "--period", "2026-08", "--out", demo.Temp.Combine("out-retry")],
            smtp.Settings("bestuur@emmen.test"));

        Assert.True(exit == ExitCodes.Ok, output + error);
        Assert.Contains("na 2 pogingen", output, StringComparison.Ordinal);
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task SendWithoutSmtpSettingsNamesTheMissingSettingInDutch()
    {
        var (exit, _, error) = await demo.RunAsync(["report", "--send", "--period", "2026-07", "--out", demo.Temp.Combine("out-config")],
            new Dictionary<string, string?> { ["Report:From"] = "rapportage@dutchtechzone.test", ["Report:To"] = "bestuur@emmen.test" });

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("Configuratiefout: SMTP-server ontbreekt: zet DTZ__Smtp__Host", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARejectedFileIsListedWithItsNumberOfErrors()
    {
        var file = demo.Temp.Combine("Realisatie_Coevorden_2026.csv");
        await File.WriteAllTextAsync(file,
            "Datum;Partner;Thema;Activiteit;Omschrijving;Kenmerk;Status;Bedrag\r\n" +
            "31-2-2026;Gemeente Coevorden;7;Koplopers;Termijn;C-1;Betaald;100\r\n");
        Assert.Equal(ExitCodes.Rejected, (await demo.RunAsync(["ingest", file])).Exit);
        var folder = demo.Temp.Combine("out-rejected");

        var (exit, _, _) = await demo.RunAsync(["report", "--period", ReportPeriod.Previous(TimeProvider.System).ToString(), "--out", folder]);

        Assert.Equal(ExitCodes.Ok, exit);
        var text = PdfText(await File.ReadAllBytesAsync(Path.Combine(folder, "report.pdf")));
        Assert.Matches(@"Realisatie_Coevorden_2026\.csv [\d-]+ [\d:]+ [2-9]", text);
        Assert.DoesNotContain("Geen afgewezen bestanden", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScheduledJobSendsThePreviousMonthOnlyOnTheFirstWorkingDay()
    {
        using var smtp = new LoopbackSmtpServer();
        var tuesday = new FakeTimeProvider(new DateTimeOffset(2026, 6, 2, 6, 0, 0, TimeSpan.Zero));     // 08:00 CEST, the 2nd working day
        var monday = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 6, 0, 0, TimeSpan.Zero));      // the first working day of June 2026

        var notDue = await Send(tuesday).RunScheduledAsync();
        var due = await Send(monday).RunScheduledAsync();
        var again = await Send(monday).RunScheduledAsync();

        Assert.Equal(BoardReportSendStatus.NotDue, notDue.Status);
        Assert.Equal(BoardReportSendStatus.Sent, due.Status);
        Assert.Equal(new ReportPeriod(2026, 5), due.Period);
        Assert.Equal(BoardReportSendStatus.AlreadySent, again.Status);
        var (message, _) = Assert.Single(smtp.Received);
        Assert.Equal("Bestuursrapportage Dutch TechZone — mei 2026", message.Subject);

        SendBoardReport Send(TimeProvider time) => new ServiceCollection()
            .AddSingleton(demo.Warehouse())
            .AddSingleton(time)
            .AddLogging()
            .AddReports(new ConfigurationBuilder().AddInMemoryCollection(smtp.Settings("bestuur@emmen.test")).Build())
            .BuildServiceProvider()
            .GetRequiredService<SendBoardReport>();
    }

    [Fact]
    public async Task TheRegionalSectionComparesThePartnersWithTheirCoropProvinceAndTheNetherlands()
    {
        // The demo loads the bundled regional sample; without regional figures the section says so.
        await using (var db = await demo.Warehouse().OpenAsync())
        {
            await using var clear = db.CreateCommand();
            clear.CommandText = "DELETE FROM fact_regional_figure";
            await clear.ExecuteNonQueryAsync();
        }

        var before = demo.Temp.Combine("out-regional-before");
        Assert.Equal(ExitCodes.Ok, (await demo.RunAsync(["report", "--period", "2026-11", "--out", before])).Exit);
        Assert.Contains("Nog geen regionale cijfers", PdfText(await File.ReadAllBytesAsync(Path.Combine(before, "report.pdf"))), StringComparison.Ordinal);

        // Figures as #9 loads them (rpt_regional_figure): a share of jobs in industry, per region, for 2024.
        await using (var connection = await demo.Warehouse().OpenAsync())
        {
            var now = TimeProvider.System.GetUtcNow().AddMinutes(-1);
            await connection.ExecuteAsync(
                "INSERT INTO dim_source (kind, origin, name, cbs_modified, loaded_at) VALUES ('cbs', 'CBS', '81575NED', @Modified, @Now)",
                new { Modified = new DateTimeOffset(2025, 3, 14, 1, 0, 0, TimeSpan.Zero), Now = now });
            await connection.ExecuteAsync(
                "INSERT INTO dim_measure (table_id, topic_key, cbs_key, title, unit, decimals) VALUES ('81575NED', 'AandeelIndustrie_3', 'AandeelIndustrie_3', 'Banen in de industrie', '%', 1)");
            await connection.ExecuteAsync("INSERT INTO dim_category (table_id, categories, categories_title) VALUES ('81575NED', '', '')");
            await connection.ExecuteAsync(
                "INSERT INTO dim_region (cbs_code, name, region_type, corop_code, province_code, is_partner) VALUES ('GM0363', 'Amsterdam', 'gemeente', 'CR23', 'PV27', @False)",
                new { False = false });
            await connection.ExecuteAsync(
                "INSERT INTO dim_period (period, period_type, period_start, period_end, date_key) SELECT '2024JJ00', 'jaar', @Start, @End, 20240101 " +
                "WHERE NOT EXISTS (SELECT 1 FROM dim_period WHERE period = '2024JJ00')",
                new { Start = new DateOnly(2024, 1, 1), End = new DateOnly(2024, 12, 31) });
            foreach (var (code, value) in new[] { ("GM0114", 21.4m), ("GM0160", 24.9m), ("CR08", 19.8m), ("PV22", 15.2m), ("NL01", 9.7m), ("GM0363", 3.1m) })
            {
                await connection.ExecuteAsync(
                    "INSERT INTO fact_regional_figure (measure_key, region_key, category_key, period_key, value, cbs_status, source_key, loaded_at) " +
                    "SELECT m.measure_key, r.region_key, c.category_key, p.period_key, @Value, 'Definitief', s.source_key, @Now " +
                    "FROM dim_measure m, dim_region r, dim_category c, dim_period p, dim_source s " +
                    "WHERE m.table_id = '81575NED' AND r.cbs_code = @Code AND c.table_id = '81575NED' AND p.period = '2024JJ00' AND s.name = '81575NED'",
                    new { Value = value, Code = code, Now = now });
            }
        }

        var after = demo.Temp.Combine("out-regional-after");
        Assert.Equal(ExitCodes.Ok, (await demo.RunAsync(["report", "--period", "2026-11", "--out", after])).Exit);

        var text = PdfText(await File.ReadAllBytesAsync(Path.Combine(after, "report.pdf")));
        Assert.DoesNotContain("Nog geen regionale cijfers", text, StringComparison.Ordinal);
        Assert.Contains("Emmen (gemeente) 21,4", text, StringComparison.Ordinal);
        Assert.Contains("Hardenberg (gemeente) 24,9", text, StringComparison.Ordinal);
        Assert.Contains("Zuidoost-Drenthe (COROP) 19,8", text, StringComparison.Ordinal);
        Assert.Contains("Drenthe (provincie) 15,2", text, StringComparison.Ordinal);
        Assert.Contains("Nederland (land) 9,7", text, StringComparison.Ordinal);
        Assert.Contains("CBS StatLine 81575NED", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3,1", text, StringComparison.Ordinal);   // Amsterdam is no partner, nor in their COROP or province
    }

    [Fact]
    public async Task AnInvalidPeriodIsRefusedInDutch()
    {
        var (exit, _, error) = await demo.RunAsync(["report", "--period", "2026-13"]);

        Assert.Equal(ExitCodes.Configuration, exit);
        Assert.Contains("Ongeldige periode '2026-13'", error, StringComparison.Ordinal);
    }

    private async Task<string> CountRowsAsync()
    {
        string[] tables = ["fact_population", "fact_contribution", "fact_funding", "fact_budget_line", "fact_spending", "fact_indicator", "dim_source", "etl_import", "report_delivery"];
        await using var connection = await demo.Warehouse().OpenAsync();
        var counts = new List<string>();
        foreach (var table in tables)
        {
            counts.Add($"{table}={await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}")}");
        }

        return string.Join(", ", counts);
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static byte[] Content(MimePart part)
    {
        using var memory = new MemoryStream();
        part.Content!.DecodeTo(memory);
        return memory.ToArray();
    }

    private static decimal? Amount(SpreadsheetDocument workbook, List<List<XlsxCell>> sheet, string label)
    {
        var row = sheet.Single(r => r.Count > 1 && r[0].Text == label);
        Assert.Equal(Styles.Euro, row[1].Format);
        return row[1].Number;
    }

    // Reads a sheet back with the OpenXML SDK: each cell as text (inline strings) or number, with its number format code.
    private static List<List<XlsxCell>> Sheet(SpreadsheetDocument workbook, string name)
    {
        var part = workbook.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!);
        var stylesheet = part.WorkbookStylesPart!.Stylesheet!;
        var formats = stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        var cellFormats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        return worksheet.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
        {
            var numberFormat = cellFormats[(int)(c.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0;
            var format = formats.GetValueOrDefault(numberFormat) ?? numberFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return c.DataType?.Value == CellValues.Number
                ? new XlsxCell(null, decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), format)
                : new XlsxCell(c.InnerText, null, format);
        }).ToList()).ToList();
    }

    private sealed record XlsxCell(string? Text, decimal? Number, string Format);

    private static class Styles
    {
        public const string Euro = "[$€-413] #,##0.00;[$€-413] -#,##0.00";
    }
}

public sealed class SqliteBoardReportTests(DemoWarehouse<SqliteProvider> demo) : BoardReportTests<SqliteProvider>(demo);

public sealed class PostgreSqlBoardReportTests(DemoWarehouse<PostgreSqlProvider> demo) : BoardReportTests<PostgreSqlProvider>(demo);
