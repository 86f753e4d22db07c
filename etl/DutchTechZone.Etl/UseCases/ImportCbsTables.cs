using DutchTechZone.Database;
using DutchTechZone.Etl.Cbs;
using DutchTechZone.Etl.Population;
using DutchTechZone.Etl.Regional;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DutchTechZone.Etl.UseCases;

/// <summary>
/// Use case: pull the CBS tables once (live, or the bundled snapshot when offline): the population tables the budget
/// rests on (one pull each, their catalogue entries merged in), the municipal division per year, then the rest of the regional catalogue (<c>Regional:Catalogue</c>; offline only the tables the snapshot holds). A table
/// whose <c>Modified</c> stamp and request are unchanged is skipped; one failing table does not stop the others.
/// </summary>
public sealed class ImportCbsTables(
    PopulationImporterFactory importers,
    Warehouse warehouse,
    IOptions<CbsOptions> cbsOptions,
    IConfiguration configuration,
    PipelineSettings settings,
    TimeProvider time,
    ILoggerFactory loggers)
{
    public async Task<CbsImportOutcome> ExecuteAsync(bool offline, CancellationToken ct = default)
    {
        var options = configuration.GetSection("Regional").Get<RegionalImportOptions>() ?? new RegionalImportOptions();
        options.PartnerCodes = settings.Municipalities.Select(m => m.CbsCode).ToList();

        // The population tables are descriptors of the same pipeline: pulled once, with their catalogue entries merged in.
        var population = await importers.Create(offline, options.Catalogue).ImportAsync(ct);
        var tables = CbsImports.Select(CbsImports.WithoutPopulationTables(options.Catalogue), [], offline, out _);
        var years = CbsImports.SelectMembership(options.Membership, []);
        if (tables.Count == 0 && years.Count == 0)
        {
            return new CbsImportOutcome(population, []);
        }

        using var imports = new CbsImports(warehouse, time, loggers);
        var client = imports.Client(cbsOptions.Value, offline);
        var membership = await imports.Membership(client, offline, options).ImportAsync(years, ct);   // the division first: regions get CBS's names and levels
        var regional = await imports.Regional(client, offline, options).ImportAsync(tables, ct);
        return new CbsImportOutcome(population, [.. membership, .. regional]);
    }
}

/// <summary>The outcome of one CBS import run: one result per table, the population tables first.</summary>
/// <param name="Population">The population tables (the budget's inhabitants).</param>
/// <param name="Regional">The municipal division per year (<c>Regional:Membership</c>), then the regional-figure tables of the catalogue.</param>
public sealed record CbsImportOutcome(IReadOnlyList<TableImportResult> Population, IReadOnlyList<TableImportResult> Regional)
{
    public IReadOnlyList<TableImportResult> Tables => [.. Population, .. Regional];

    /// <summary>True when a table could not be imported (CBS or the database failed): a transient fault to retry.</summary>
    public bool AnyFailed => Tables.Any(t => t.Status == "failed");

    /// <summary>Fact rows inserted or changed, over all tables.</summary>
    public long RowsWritten => Tables.Sum(t => t.RowsWritten);

    /// <summary>True when the warehouse changed (the budgets should be recomputed).</summary>
    public bool ChangedData => RowsWritten > 0;
}
