using System.Data.Common;
using Dapper;
using DutchTechZone.Database;

namespace DutchTechZone.PowerBI.Tests.Contract;

/// <summary>Reads the columns of every <c>rpt_</c> view from a migrated warehouse's catalogue.</summary>
public static class WarehouseViews
{
    public static async Task<IReadOnlyList<ViewColumn>> ReadAsync(WarehouseProvider provider, DbConnection connection)
    {
        if (provider == WarehouseProvider.Sqlite)
        {
            var views = await connection.QueryAsync<string>(
                "SELECT name FROM sqlite_master WHERE type = 'view' AND name LIKE 'rpt\\_%' ESCAPE '\\' ORDER BY name");
            var columns = new List<ViewColumn>();
            foreach (var view in views)
            {
                var info = await connection.QueryAsync<(long Cid, string Name, string Type)>(
                    "SELECT cid, name, type FROM pragma_table_info(@view) ORDER BY cid", new { view });
                columns.AddRange(info.Select(c => new ViewColumn(view, c.Name, (int)c.Cid + 1, c.Type.ToUpperInvariant())));
            }

            return columns;
        }

        var rows = await connection.QueryAsync<(string View, string Column, int Position, string Type, int? Precision, int? Scale)>(
            """
            SELECT c.table_name, c.column_name, c.ordinal_position, c.data_type, c.numeric_precision, c.numeric_scale
            FROM information_schema.columns c
            JOIN information_schema.views v ON v.table_schema = c.table_schema AND v.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.table_name LIKE 'rpt\_%'
            ORDER BY c.table_name, c.ordinal_position
            """);
        return rows.Select(r => new ViewColumn(r.View, r.Column, r.Position,
            r.Type == "numeric" && r.Precision is { } p ? $"numeric({p}, {r.Scale})" : r.Type)).ToList();
    }
}
