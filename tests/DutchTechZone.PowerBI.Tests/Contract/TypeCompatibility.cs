using DutchTechZone.Database;

namespace DutchTechZone.PowerBI.Tests.Contract;

/// <summary>
/// Which database column types a model column of a given TMDL dataType may read. PostgreSQL is checked strictly.
/// SQLite is dynamically typed and reports no type for a view column computed by an expression (""): such a column
/// is accepted for any model type; a declared type must still fit (INTEGER for int64/boolean, TEXT for string and
/// dateTime — SQLite keeps dates as ISO text —, NUMERIC/INTEGER/REAL for decimal and double). SQL Server (read
/// from the scripts, <see cref="SqlServerViews"/>) is checked where the type is known (a table column or a CAST).
/// </summary>
public static class TypeCompatibility
{
    public static bool Fits(WarehouseProvider provider, string modelType, string databaseType)
    {
        var type = databaseType.ToLowerInvariant();
        var baseType = type.Split('(')[0].Trim();
        return (provider, modelType.ToLowerInvariant()) switch
        {
            (WarehouseProvider.Sqlite, _) when type.Length == 0 => true,
            (WarehouseProvider.Sqlite, "int64") => baseType is "integer" or "bigint" or "int",
            (WarehouseProvider.Sqlite, "boolean") => baseType is "integer" or "boolean",
            (WarehouseProvider.Sqlite, "string") => baseType is "text" or "varchar",
            (WarehouseProvider.Sqlite, "datetime") => baseType is "text" or "date" or "datetime",
            (WarehouseProvider.Sqlite, "decimal" or "double") => baseType is "numeric" or "integer" or "real" or "decimal",
            (WarehouseProvider.SqlServer, _) when type.Length == 0 => true,
            (WarehouseProvider.SqlServer, "int64") => baseType is "tinyint" or "smallint" or "int" or "bigint",
            (WarehouseProvider.SqlServer, "boolean") => baseType is "bit",
            (WarehouseProvider.SqlServer, "string") => baseType is "nvarchar" or "varchar" or "nchar" or "char",
            (WarehouseProvider.SqlServer, "datetime") => baseType is "date" or "datetime2" or "datetime" or "datetimeoffset",
            (WarehouseProvider.SqlServer, "decimal") => baseType is "decimal" or "numeric" or "money" or "tinyint" or "smallint" or "int" or "bigint",
            (WarehouseProvider.SqlServer, "double") => baseType is "float" or "real" or "decimal" or "numeric" or "smallint" or "int" or "bigint",
            (_, "int64") => baseType is "smallint" or "integer" or "bigint",
            (_, "boolean") => baseType is "boolean",
            (_, "string") => baseType is "text" or "character varying" or "character",
            (_, "datetime") => baseType is "date" or "timestamp with time zone" or "timestamp without time zone",
            (_, "decimal") => baseType is "numeric" or "smallint" or "integer" or "bigint",
            (_, "double") => baseType is "numeric" or "double precision" or "real" or "smallint" or "integer" or "bigint",
            _ => false,
        };
    }
}
