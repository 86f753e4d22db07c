using System.Data.Common;
using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// The reconciliation columns of a regional-figures load in <c>etl_import</c>, as the population import fills them:
/// <c>cells_read</c> (distinct cells staged) and <c>rows_unchanged</c> (cells the warehouse already held exactly), so
/// that <c>rows_written + rows_unchanged = cells_read</c> can be checked. Counted before the merge, recorded after it.
/// </summary>
internal static class RegionalFigureReconciliation
{
    /// <summary>Counts the staged cells and those the merge will not write; call before the merge.</summary>
    public static Task<StagedCounts> CountAsync(Warehouse warehouse, DbConnection connection, DbTransaction transaction, string origin, CancellationToken ct) =>
        connection.QuerySingleAsync<StagedCounts>(new CommandDefinition(warehouse.Sql("figures.staged_counts"),
            new { Origin = origin }, transaction, commandTimeout: 0, cancellationToken: ct));

    /// <summary>Records the counts on the import row.</summary>
    public static Task RecordAsync(Warehouse warehouse, DbConnection connection, DbTransaction transaction, long importId, StagedCounts counts, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.reconcile"),
            new { ImportId = importId, counts.CellsRead, counts.RowsUnchanged, AmountTotalCents = (long?)null }, transaction, cancellationToken: ct));

    /// <summary>Distinct cells staged, and those already held exactly.</summary>
    internal sealed class StagedCounts
    {
        public StagedCounts()
        {
        }

        public StagedCounts(long cellsRead, long rowsUnchanged) => (CellsRead, RowsUnchanged) = (cellsRead, rowsUnchanged);

        public long CellsRead { get; set; }

        public long RowsUnchanged { get; set; }
    }
}
