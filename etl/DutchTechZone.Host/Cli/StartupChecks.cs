using DutchTechZone.Database;
using DutchTechZone.Host.Composition;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DutchTechZone.Host.Cli;

/// <summary>
/// Checks, before a command touches anything, what an operator may have mistyped: the data folder can be created,
/// the connection string can be read, and a SQLite database outside the data folder lies in a folder that exists
/// (<c>dtz</c> never creates folders outside the data folder). Each problem is a configuration error naming the option.
/// </summary>
internal static class StartupChecks
{
    public static void Check(DtzApp app, CommandLineOverrides overrides)
    {
        MembershipSettingsCheck.Check(app.Configuration);
        ResumeSettingsCheck.Check(app.Configuration);
        CbsSettingsCheck.Check(app.Configuration);
        var fromCommandLine = overrides.ConnectionString is not null;
        var option = fromCommandLine ? "--connection" : "Warehouse:ConnectionString (of DTZ__Warehouse__ConnectionString)";
        var connection = app.WarehouseSettings.ConnectionString;
        try
        {
            Directory.CreateDirectory(app.DataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DtzConfigurationException($"De datamap {app.DataDirectory} (--data) kan niet worden aangemaakt: {DataDirectoryProblem(app.DataDirectory, e)}.", e);
        }

        string? dataSource;
        try
        {
            dataSource = app.WarehouseSettings.Provider switch
            {
                WarehouseProvider.Sqlite => new SqliteConnectionStringBuilder(connection).DataSource,
                WarehouseProvider.PostgreSql => Touch(new NpgsqlConnectionStringBuilder(connection)),
                WarehouseProvider.SqlServer => Touch(new SqlConnectionStringBuilder(connection)),
                _ => null,
            };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            throw new DtzConfigurationException($"{option} is geen geldige connection string voor {app.WarehouseSettings.Provider}: {e.Message}", e);
        }

        if (app.WarehouseSettings.Provider == WarehouseProvider.Sqlite && dataSource is { Length: > 0 } && dataSource != ":memory:"
            && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (folder is not null && !Directory.Exists(folder) && !IsInside(folder, app.DataDirectory))
            {
                throw new DtzConfigurationException(
                    $"De map {folder} van de SQLite-database in {option} bestaat niet; maak haar eerst aan (dtz maakt alleen mappen aan binnen de datamap {app.DataDirectory}).");
            }
        }
    }

    private static string? Touch(System.Data.Common.DbConnectionStringBuilder builder)
    {
        _ = builder.ConnectionString;
        return null;
    }

    private static bool IsInside(string folder, string root)
    {
        var relative = Path.GetRelativePath(root, folder);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    // Why a data folder cannot be created, in Dutch (the framework's reason is English).
    private static string DataDirectoryProblem(string directory, Exception e)
    {
        for (var path = Path.GetFullPath(directory); !string.IsNullOrEmpty(path); path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                return $"{path} is een bestand, geen map";
            }
        }

        return e is UnauthorizedAccessException ? "geen schrijfrechten" : "ongeldig pad of schijffout";
    }
}
