using Microsoft.Data.Sqlite;

namespace DutchTechZone.Migrations;

/// <summary>Creates the folder of a SQLite database file; SQLite creates the file itself.</summary>
internal static class SqliteDatabaseFolder
{
    public static void Ensure(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
