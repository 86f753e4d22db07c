using System.Data;
using System.Data.Common;
using DutchTechZone.Database.Bulk;
using Microsoft.Data.SqlClient;

namespace DutchTechZone.Database.Dialects;

/// <summary>SQL Server / Azure SQL: staging tables are <c>#temp</c> tables filled by SqlBulkCopy.</summary>
public sealed class SqlServerDialect : SqlDialect
{
    public override WarehouseProvider Provider => WarehouseProvider.SqlServer;

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public override string StagingTable(string name) => "#" + name;

    public override async Task LockForTransactionAsync(DbConnection connection, DbTransaction transaction, string resource, TimeSpan timeout, CancellationToken ct)
    {
        await using var command = new SqlCommand("sp_getapplock", (SqlConnection)connection, (SqlTransaction)transaction) { CommandType = CommandType.StoredProcedure };
        command.Parameters.AddWithValue("@Resource", resource);
        command.Parameters.AddWithValue("@LockMode", "Exclusive");
        command.Parameters.AddWithValue("@LockOwner", "Transaction");
        command.Parameters.AddWithValue("@LockTimeout", (int)Math.Min(int.MaxValue, timeout.TotalMilliseconds));
        var result = command.Parameters.Add("@Result", SqlDbType.Int);
        result.Direction = ParameterDirection.ReturnValue;
        await command.ExecuteNonQueryAsync(ct);
        if ((int)result.Value < 0)
        {
            throw new WarehouseBusyException($"Could not take the lock '{resource}' (sp_getapplock returned {result.Value}).");
        }
    }

    public override async Task BulkInsertAsync(DbConnection connection, DbTransaction transaction, StagingBatch batch, CancellationToken ct)
    {
        using var table = new DataTable();
        foreach (var column in batch.Columns)
        {
            table.Columns.Add(column.Name, column.Type == typeof(DateOnly) ? typeof(DateTime) : column.Type);
        }

        foreach (var row in batch.Rows)
        {
            table.Rows.Add(row.Select(v => v switch
            {
                null => DBNull.Value,
                DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                _ => v,
            }).ToArray());
        }

        using var bulk = new SqlBulkCopy((SqlConnection)connection, SqlBulkCopyOptions.Default, (SqlTransaction)transaction)
        {
            DestinationTableName = batch.Table,
            BatchSize = 10_000,
        };
        foreach (var column in batch.Columns)
        {
            bulk.ColumnMappings.Add(column.Name, column.Name);
        }

        await bulk.WriteToServerAsync(table, ct);
    }
}
