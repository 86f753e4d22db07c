using Dapper;

namespace DutchTechZone.Database.Queries;

/// <summary>Lineage of a budget's figures, read from the <c>rpt_lineage</c> view.</summary>
public sealed class ExplainQueries(Warehouse warehouse)
{
    /// <summary>The lineage rows of a year (contributions: current rows, of one municipality when given).</summary>
    public async Task<IReadOnlyList<LineageRow>> BudgetAsync(int year, string? cbsCode, CancellationToken ct = default)
    {
        await using var connection = await warehouse.OpenAsync(ct);
        var rows = await connection.QueryAsync<LineageRow>(new CommandDefinition(warehouse.Sql("lineage.budget"),
            new { Year = year, CbsCode = cbsCode, True = true }, cancellationToken: ct));
        return rows.ToList();
    }
}

/// <summary>One row of <c>rpt_lineage</c>: a figure and the CBS table or file cell that delivered it.</summary>
public sealed class LineageRow
{
    /// <summary>contribution | funding | budget_line | spending.</summary>
    public string Figure { get; set; } = "";

    public string? CbsCode { get; set; }

    public string? Municipality { get; set; }

    public string? Partner { get; set; }

    /// <summary>Contribution: status; funding: funding source; budget line and spending: activity.</summary>
    public string? Item { get; set; }

    /// <summary>Funding: kind; budget line: funding source; spending: Verplicht/Betaald.</summary>
    public string? Detail { get; set; }

    public long AmountCents { get; set; }

    public long? Inhabitants { get; set; }

    public string SourceKind { get; set; } = "";

    public string SourceOrigin { get; set; } = "";

    public string SourceName { get; set; } = "";

    public string? CbsPeriod { get; set; }

    public string? CbsStatus { get; set; }

    public DateTimeOffset? CbsModified { get; set; }

    public string? SourceSheet { get; set; }

    public long? SourceRow { get; set; }

    public string? ContentHash { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public long? ImportId { get; set; }

    public string? Replaces { get; set; }

    /// <summary>Contributions: 1 when frozen (invoiced: later CBS revisions and rate changes are recorded, not applied), else 0; null for other figures.</summary>
    public long? Frozen { get; set; }
}
