using Dapper;

namespace DutchTechZone.Database.Loaders;

/// <summary>
/// Loads cells of any CBS table into <c>fact_regional_figure</c>. A load is one transaction: lineage, dimensions,
/// pages bulk-copied into a session staging table batch by batch (the database's own bulk path), one set-based
/// upsert and the import row — so a table lands completely or not at all, and memory holds one batch, not the table.
/// </summary>
public sealed class RegionalFigureLoader(Warehouse warehouse, TimeProvider time)
{
    /// <summary>Opens the load: a connection, a transaction, the lineage row and the staging table.</summary>
    public async Task<RegionalFigureLoad> BeginAsync(long importId, CbsSourceRecord source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var connection = await warehouse.OpenAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            await warehouse.Dialect.LockForTransactionAsync(connection, transaction, "dtz.regional_figures." + source.TableId, ct);
            var now = time.GetUtcNow();
            var sourceKey = await connection.ExecuteScalarAsync<long>(new CommandDefinition(warehouse.Sql("source.insert"), new
            {
                Kind = "cbs_table",
                source.Origin,
                Name = source.TableId,
                CbsModified = (DateTimeOffset?)source.CbsModified.ToUniversalTime(),
                ContentHash = (string?)null,
                source.Url,
                ReceivedAt = (DateTimeOffset?)now,
                LoadedAt = now,
            }, transaction, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(warehouse.Sql("figures.stage"), transaction: transaction, cancellationToken: ct));
            return new RegionalFigureLoad(warehouse, time, connection, transaction, importId, sourceKey, source.Origin);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
