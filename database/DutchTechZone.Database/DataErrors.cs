using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DutchTechZone.Database;

/// <summary>
/// Tells a database's "no" to the data (a constraint, a value out of range: the input is at fault, retrying will not
/// help) from a failure of the database itself (down, busy, timed out: retry later).
/// </summary>
public static class DataErrors
{
    // SQLite result codes: 18 TOOBIG, 19 CONSTRAINT, 20 MISMATCH, 25 RANGE.
    private static readonly int[] SqliteDataCodes = [18, 19, 20, 25];

    // SQL Server: FK/unique/not-null/check, truncation, overflow and conversion errors.
    private static readonly int[] SqlServerDataNumbers = [547, 2601, 2627, 515, 8152, 2628, 8115, 220, 232, 242, 245, 8114];

    /// <summary>True when the exception says the data was refused, not that the database failed.</summary>
    public static bool IsDataError(Exception exception) => exception switch
    {
        SqliteException e => SqliteDataCodes.Contains(e.SqliteErrorCode),
        PostgresException e => e.SqlState.StartsWith("22", StringComparison.Ordinal) || e.SqlState.StartsWith("23", StringComparison.Ordinal),
        SqlException e => e.Errors.Cast<SqlError>().Any(x => SqlServerDataNumbers.Contains(x.Number)),
        OverflowException => true,
        _ => false,
    };

    /// <summary>True when another writer holds the database (SQLite BUSY/LOCKED, PostgreSQL lock_not_available, our own lock wait).</summary>
    public static bool IsBusy(Exception exception) => exception switch
    {
        WarehouseBusyException => true,
        SqliteException e => e.SqliteErrorCode is 5 or 6,
        PostgresException e => e.SqlState == "55P03",
        SqlException e => e.Errors.Cast<SqlError>().Any(x => x.Number is 1222),
        _ => false,
    };
}
