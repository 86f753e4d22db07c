using Dapper;
using DutchTechZone.Database.Bulk;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// Loads one year's municipality → COROP → province division into <c>dim_region_membership</c>, with the skeleton of
/// the other CBS loads: one transaction holding the lineage row, a bulk copy into staging, set-based statements and
/// the import row. New provinces, COROP areas and municipalities become regions with their level; a year's rows are
/// written only when new or changed and other years are never touched; a code absent from a later loaded year gets its
/// valid-to (absent from an earlier one: its valid-from), set once and never overwritten.
/// </summary>
public sealed class RegionMembershipLoader(Warehouse warehouse, TimeProvider time)
{
    private static readonly StagingColumn[] Columns =
    [
        new("cbs_code", typeof(string)), new("name", typeof(string)), new("corop_code", typeof(string)),
        new("corop_name", typeof(string)), new("province_code", typeof(string)), new("province_name", typeof(string)),
    ];

    /// <summary>Writes the load and closes its import row (kind and status as the caller started it).</summary>
    public async Task<RegionMembershipResult> LoadAsync(RegionMembershipLoad load, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = time.GetUtcNow();
        await using var connection = await warehouse.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await warehouse.Dialect.LockForTransactionAsync(connection, transaction, "dtz.region_membership", ct);

        var sourceKey = await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("source.insert"), new
        {
            Kind = "cbs_table",
            load.Source.Origin,
            Name = load.Source.TableId,
            CbsModified = (DateTimeOffset?)load.Source.CbsModified.ToUniversalTime(),
            ContentHash = (string?)null,
            load.Source.Url,
            ReceivedAt = (DateTimeOffset?)now,
            LoadedAt = now,
        }, transaction, cancellationToken: ct));

        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("membership.stage"), transaction: transaction, cancellationToken: ct));
        var rows = load.Municipalities.Select(m => new object?[] { m.CbsCode, m.Name, m.CoropCode, m.CoropName, m.ProvinceCode, m.ProvinceName });
        await warehouse.Dialect.BulkInsertAsync(connection, transaction,
            new StagingBatch(warehouse.Dialect.StagingTable("stg_region_membership"), Columns, rows), ct);

        var parameters = new { load.Year, SourceKey = sourceKey, load.Source.Origin, IsPartner = false };
        var unchanged = await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("membership.unchanged"), parameters, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("membership.regions"), parameters, transaction, cancellationToken: ct));
        long written = await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("membership.merge"), parameters, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("membership.merge_corops"), parameters, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("membership.current_parents"), parameters, transaction, cancellationToken: ct));

        var spans = await connection.QueryAsync<SpanRow>(new CommandDefinition(warehouse.Sql("membership.spans"), parameters, transaction, cancellationToken: ct));
        foreach (var span in spans)
        {
            // A division is the one of 1 January: a code first seen in a later year started on its 1 January; a code
            // missing from a later loaded year ended at the latest on the 31 December before it.
            DateOnly? validFrom = span.YearBefore is null ? null : new DateOnly(span.FirstYear, 1, 1);
            DateOnly? validTo = span.YearAfter is { } after ? new DateOnly(after - 1, 12, 31) : null;
            await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("figures.region_validity"),
                new { span.RegionKey, ValidFrom = validFrom, ValidTo = validTo }, transaction, cancellationToken: ct));
        }

        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.finish"),
            ImportLog.FinishParameters(new ImportOutcome(load.ImportId, ImportStatus.Loaded, written, sourceKey, load.Message), time.GetUtcNow()), transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.reconcile"),
            new { load.ImportId, CellsRead = (long)load.Municipalities.Count, RowsUnchanged = unchanged, AmountTotalCents = (long?)null }, transaction, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("import.fingerprint"),
            new { load.ImportId, load.RequestFingerprint }, transaction, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return new RegionMembershipResult(load.Municipalities.Count, written, unchanged);
    }

    private sealed class SpanRow
    {
        public int RegionKey { get; set; }

        public int FirstYear { get; set; }

        public int LastYear { get; set; }

        public int? YearBefore { get; set; }

        public int? YearAfter { get; set; }
    }
}
