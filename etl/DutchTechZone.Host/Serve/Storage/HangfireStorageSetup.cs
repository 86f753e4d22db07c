using DutchTechZone.Database;
using DutchTechZone.Etl;
using DutchTechZone.Host.Composition;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;

namespace DutchTechZone.Host.Serve.Storage;

/// <summary>
/// Where Hangfire keeps its jobs: by default beside the warehouse — its own SQLite file <c>&lt;data&gt;/hangfire.db</c>
/// for the embedded warehouse (job bookkeeping never waits on a warehouse write), or the warehouse's PostgreSQL /
/// SQL Server database (schema <c>hangfire</c>) so that several <c>dtz serve</c> processes share the work.
/// <c>Hangfire:Storage</c> (<c>sqlite</c>, <c>postgresql</c>, <c>sqlserver</c>) and <c>Hangfire:ConnectionString</c> override.
/// Queues are polled every second (<c>Hangfire:QueuePollInterval</c>) so a job starts within seconds.
/// </summary>
public static class HangfireStorageSetup
{
    public static void Configure(IGlobalConfiguration hangfire, IConfiguration configuration, PipelineSettings settings, WarehouseSettings warehouse)
    {
        ArgumentNullException.ThrowIfNull(hangfire);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(warehouse);
        var poll = configuration.GetValue<TimeSpan?>("Hangfire:QueuePollInterval") ?? TimeSpan.FromSeconds(1);
        var kind = configuration["Hangfire:Storage"] is { Length: > 0 } k ? k.ToLowerInvariant() : WarehouseProviderNames.NameOf(warehouse.Provider);
        var connection = configuration["Hangfire:ConnectionString"] is { Length: > 0 } c ? c : null;
        switch (kind)
        {
            case "sqlite":
                var file = connection ?? Path.Combine(settings.DataDirectory, "hangfire.db");
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                EnsureSqliteFileOrNone(file);
                hangfire.UseSQLiteStorage(file, new SQLiteStorageOptions { QueuePollInterval = poll });
                break;
            case "postgresql":
                hangfire.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(connection ?? warehouse.ConnectionString),
                    new PostgreSqlStorageOptions
                    {
                        SchemaName = "hangfire",
                        PrepareSchemaIfNecessary = true,
                        QueuePollInterval = poll,
                        UseSlidingInvisibilityTimeout = true,
                        InvisibilityTimeout = TimeSpan.FromMinutes(5),
                    });
                break;
            case "sqlserver":
                hangfire.UseSqlServerStorage(
                    connection ?? warehouse.ConnectionString,
                    new SqlServerStorageOptions
                    {
                        SchemaName = "hangfire",
                        PrepareSchemaIfNecessary = true,
                        QueuePollInterval = poll,
                        SlidingInvisibilityTimeout = TimeSpan.FromMinutes(5),
                    });
                break;
            default:
                throw new DtzConfigurationException($"Hangfire:Storage '{kind}' is onbekend: gebruik sqlite, postgresql of sqlserver.");
        }
    }

    // SQLite's header. A file without it (damaged, or something else under that name) would fail deep inside
    // Hangfire with its own stack traces in the log; say which file it is and what to do instead.
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private static void EnsureSqliteFileOrNone(string file)
    {
        if (!File.Exists(file) || new FileInfo(file).Length == 0)
        {
            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
        {
            throw new DtzConfigurationException(
                $"{file} (Hangfire:ConnectionString) is geen SQLite-database; het bestand is beschadigd of iets anders. " +
                "Zet het opzij (hernoem het): dtz serve maakt dan een nieuw aan en registreert de terugkerende taken opnieuw.");
        }
    }
}
