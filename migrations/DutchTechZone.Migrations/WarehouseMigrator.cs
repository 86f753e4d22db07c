using DbUp;
using DbUp.Builder;
using DutchTechZone.Migrations.Locks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DutchTechZone.Migrations;

/// <summary>
/// Brings a warehouse to the current schema with DbUp: each script in its own transaction, journaled in
/// <c>schemaversions</c>, under a database lock so that concurrent migrations take turns.
/// </summary>
public sealed class WarehouseMigrator
{
    private readonly MigrationProvider _provider;
    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public WarehouseMigrator(MigrationProvider provider, string connectionString, ILogger? logger = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _provider = provider;
        _connectionString = connectionString;
        _logger = logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>How long to wait for another process's migration to finish. The default is 5 minutes.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Creates the database when the server lacks it, then applies the scripts not yet journaled.</summary>
    /// <exception cref="MigrationFailedException">A script failed; its transaction was rolled back.</exception>
    public async Task<MigrationResult> MigrateAsync(CancellationToken ct = default)
    {
        await EnsureDatabaseAsync(ct);
        if (_provider == MigrationProvider.Sqlite && await SqliteUpToDate.CheckAsync(_connectionString, ct))
        {
            _logger.LogInformation("Warehouse migrated ({Provider}): {Count} script(s) applied", _provider, 0);
            return new MigrationResult([]);
        }

        await using var migrationLock = await AcquireLockAsync(ct);
        var upgrader = Configure().Build();
        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            var script = result.ErrorScript?.Name is { } name ? ShortName(name) : "(unknown)";
            throw MigrationFailedException.ForScript(script, result.Error);
        }

        var applied = result.Scripts.Select(s => ShortName(s.Name)).ToList();
        _logger.LogInformation("Warehouse migrated ({Provider}): {Count} script(s) applied", _provider, applied.Count);
        return new MigrationResult(applied);
    }

    /// <summary>The scripts that <see cref="MigrateAsync"/> would apply now.</summary>
    public IReadOnlyList<string> PendingScripts() =>
        Configure().Build().GetScriptsToExecute().Select(s => ShortName(s.Name)).ToList();

    private UpgradeEngineBuilder Configure()
    {
        var builder = _provider switch
        {
            MigrationProvider.Sqlite => DeployChanges.To.SqliteDatabase(_connectionString),
            MigrationProvider.PostgreSql => DeployChanges.To.PostgresqlDatabase(_connectionString),
            MigrationProvider.SqlServer => DeployChanges.To.SqlDatabase(_connectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(_provider), _provider, null),
        };
        return builder
            .WithScriptsEmbeddedInAssembly(typeof(WarehouseMigrator).Assembly, name => MigrationScripts.Belongs(name, _provider))
            .WithTransactionPerScript()
            .LogTo(new DbUpLog(_logger));
    }

    private async Task EnsureDatabaseAsync(CancellationToken ct)
    {
        switch (_provider)
        {
            case MigrationProvider.PostgreSql:
                await PostgreSqlDatabaseCreator.EnsureAsync(_connectionString, ct);
                break;
            case MigrationProvider.SqlServer:
                EnsureDatabase.For.SqlDatabase(_connectionString, new DbUpLog(_logger));
                break;
            default:
                SqliteDatabaseFolder.Ensure(_connectionString);
                break;
        }
    }

    private Task<IMigrationLock> AcquireLockAsync(CancellationToken ct) => _provider switch
    {
        MigrationProvider.PostgreSql => PostgreSqlMigrationLock.AcquireAsync(_connectionString, LockTimeout, _time, ct),
        MigrationProvider.SqlServer => SqlServerMigrationLock.AcquireAsync(_connectionString, LockTimeout, ct),
        _ => SqliteMigrationLock.AcquireAsync(_connectionString, LockTimeout, _time, ct),
    };

    private string ShortName(string resourceName)
    {
        var marker = $".Scripts.{MigrationScripts.FolderOf(_provider)}.";
        var at = resourceName.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? resourceName : resourceName[(at + marker.Length)..];
    }
}
