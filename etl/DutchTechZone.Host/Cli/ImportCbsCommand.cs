using System.CommandLine;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regional;
using DutchTechZone.Host.Output;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// <c>dtz import cbs [--table ID …] [--offline] [--base-url URL]</c>: without <c>--table</c> the population tables and
/// the configured regional catalogue (<c>Regional:Catalogue</c>); with it only the named tables (a table not in the
/// catalogue is imported whole). Unchanged tables are skipped, one failing table does not stop the others, exit 1
/// if any failed. A progress line per page goes to stderr (the CBS client's log).
/// </summary>
public static class ImportCbsCommand
{
    public static Command Create(CommandRunner runner)
    {
        var offline = new Option<bool>("--offline") { Description = "Gebruik de meegeleverde snapshot in plaats van CBS." };
        var tables = new Option<string[]>("--table") { Description = "Alleen deze CBS-tabel(len); een tabel buiten de catalogus wordt volledig geïmporteerd.", AllowMultipleArgumentsPerToken = true };
        var baseUrl = new Option<string?>("--base-url") { Description = "Een andere OData v3 Feed-root dan CBS (bijv. een lokale kopie)." };
        var cbs = new Command("cbs", "Haalt inwoneraantallen (37230ned, 03759ned) en de regionale cijfers van de catalogus op bij CBS StatLine.") { offline, tables, baseUrl };
        cbs.SetAction((result, ct) => runner.RunAsync(result, async app =>
        {
            if ((result.GetValue(tables) ?? []).FirstOrDefault(t => !IsTableId(t)) is { } wrong)
            {
                throw new Composition.DtzConfigurationException($"--table '{wrong}' is geen CBS-tabelcode (letters en cijfers, bijvoorbeeld 70072ned).");
            }

            if (result.GetValue(baseUrl) is { Length: > 0 } given
                && (!Uri.TryCreate(given, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)))
            {
                throw new Composition.DtzConfigurationException($"--base-url '{given}' is geen http(s)-adres.");
            }

            await runner.MigrateAsync(app, ct);
            var isOffline = result.GetValue(offline);
            var cbsOptions = app.Configuration.GetSection("Cbs").Get<CbsOptions>() ?? new CbsOptions();
            if (result.GetValue(baseUrl) is { Length: > 0 } url)
            {
                cbsOptions.BaseAddress = Uri.TryCreate(url, UriKind.Absolute, out var address)
                    ? address
                    : throw new Composition.DtzConfigurationException($"--base-url '{url}' is geen absolute URL.");
            }

            using var imports = new CbsImports(app.Warehouse, app.Time, app.LoggerFactory);
            var client = imports.Client(cbsOptions, isOffline);
            var named = result.GetValue(tables) ?? [];
            var failed = false;
            var options = RegionalOptions(app.Configuration, app.Municipalities.Select(m => m.CbsCode));

            // The population tables go through the same pipeline, pulled once with their catalogue entries merged in.
            var populationTables = named.Length == 0
                ? PopulationTable.All
                : PopulationTable.All.Where(t => named.Contains(t.TableId, StringComparer.OrdinalIgnoreCase)).ToList();
            if (populationTables.Count > 0)
            {
                var population = await imports.Population(client, isOffline, new PopulationImportOptions
                {
                    Municipalities = app.Municipalities,
                    FromYear = app.Configuration.GetValue<int?>("Population:FromYear"),
                    Catalogue = options.Catalogue,
                    Tables = populationTables,
                }).ImportAsync(ct);
                await PrintAsync(population, runner.Console.Out);
                failed |= population.Any(r => r.Status == "failed");
            }

            var years = CbsImports.SelectMembership(options.Membership, named);
            var figureTables = named
                .Where(n => !options.Membership.Any(m => string.Equals(m.TableId, n, StringComparison.OrdinalIgnoreCase)))
                .Where(n => !PopulationTable.All.Any(t => string.Equals(t.TableId, n, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            IReadOnlyList<string> notInSnapshot = [];
            IReadOnlyList<CbsTableDescriptor> descriptors = named.Length > 0 && figureTables.Count == 0
                ? []
                : CbsImports.Select(CbsImports.WithoutPopulationTables(options.Catalogue), figureTables, isOffline, out notInSnapshot);
            foreach (var table in notInSnapshot)
            {
                await runner.Console.Error.WriteLineAsync($"CBS {table}: niet in de meegeleverde snapshot, overgeslagen (offline)");
            }

            var regional = await imports.Membership(client, isOffline, options).ImportAsync(years, ct);
            regional = [.. regional, .. await imports.Regional(client, isOffline, options).ImportAsync(descriptors, ct)];
            await PrintRegionalAsync(regional, runner.Console.Out, runner.Console.Error);
            failed |= regional.Any(r => r.Status == "failed");
            return failed ? ExitCodes.Failure : ExitCodes.Ok;
        }));
        return new Command("import", "Importeert één bron eenmalig.") { cbs };
    }

    /// <summary>
    /// Offline, for <c>dtz demo</c>: the catalogue's tables that are in the bundled snapshot (a plainly labelled sample,
    /// origin "bundled sample") into the regional figures; prints one line per table. False when one failed.
    /// </summary>
    public static async Task<bool> ImportRegionalSampleAsync(DutchTechZone.Host.Composition.DtzApp app, CommandRunner runner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(runner);
        using var imports = new CbsImports(app.Warehouse, app.Time, app.LoggerFactory);
        var client = imports.Client(app.Configuration.GetSection("Cbs").Get<CbsOptions>() ?? new CbsOptions(), offline: true);
        var options = RegionalOptions(app.Configuration, app.Municipalities.Select(m => m.CbsCode));
        var descriptors = CbsImports.Select(CbsImports.WithoutPopulationTables(options.Catalogue), [], offline: true, out _);
        var results = await imports.Membership(client, offline: true, options).ImportAsync(CbsImports.SelectMembership(options.Membership, []), ct);
        results = [.. results, .. await imports.Regional(client, offline: true, options).ImportAsync(descriptors, ct)];
        await PrintRegionalAsync(results, runner.Console.Out, runner.Console.Error);
        return results.All(r => r.Status != "failed");
    }

    /// <summary>The <c>Regional</c> section: catalogue and import settings; the partner municipalities are flagged.</summary>
    public static RegionalImportOptions RegionalOptions(IConfiguration configuration, IEnumerable<string> partnerCodes)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection("Regional").Get<RegionalImportOptions>() ?? new RegionalImportOptions();
        options.PartnerCodes = partnerCodes.ToList();
        return options;
    }

    // A CBS table id: letters and digits only (70072ned, 85755NED); anything else cannot be a table and is a typo.
    private static bool IsTableId(string id) => id.Length is > 0 and <= 20 && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>One line per table and the total rows written.</summary>
    public static async Task PrintAsync(IReadOnlyList<TableImportResult> results, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var r in results)
        {
            await writer.WriteLineAsync(Line(r, "cijfers"));
        }

        await writer.WriteLineAsync($"CBS-import: {DutchFormat.Count(results.Sum(r => r.RowsWritten))} rijen geschreven");
    }

    /// <summary>One line per regional table and the total cells written; a table's warning goes to <paramref name="warnings"/> (stderr) instead.</summary>
    public static async Task PrintRegionalAsync(IReadOnlyList<TableImportResult> results, TextWriter writer, TextWriter? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var r in results)
        {
            if (r.Warning is { } warning)
            {
                await (warnings ?? writer).WriteLineAsync(warning);
                continue;
            }

            await writer.WriteLineAsync("Regionale cijfers " + Line(r, "cellen") + (r.Status == "loaded" && r.Message is { } note ? $" (let op: {note})" : string.Empty));
        }

        await writer.WriteLineAsync($"Regionale cijfers: {DutchFormat.Count(results.Sum(r => r.RowsWritten))} rijen geschreven");
    }

    private static string Line(TableImportResult r, string what)
    {
        var state = r.Status switch
        {
            "loaded" => $"geladen, {DutchFormat.Count(r.RowsRead)} {what} gelezen",
            "skipped" => "overgeslagen" + (r.Message is { Length: > 0 } reason ? ", " + reason : string.Empty),   // the real reason: unchanged, sample refused over live figures, …
            _ => "mislukt: " + r.Message,
        };
        return $"CBS {r.TableId} ({r.Origin}): {state}, {DutchFormat.Count(r.RowsWritten)} rijen geschreven";
    }
}
