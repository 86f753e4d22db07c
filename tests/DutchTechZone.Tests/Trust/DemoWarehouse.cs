using DutchTechZone.Database;
using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DutchTechZone.Tests.Trust;

/// <summary>
/// A warehouse after <c>dtz demo</c>, made once per provider; every test gets its own copy (SQLite: a copied file,
/// PostgreSQL: <c>CREATE DATABASE … TEMPLATE</c>), so a test can break data without touching the others.
/// </summary>
public sealed class DemoWarehouse<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly TempDirectory _temp = new();

    public DemoWarehouse()
    {
        Template = _provider.CreateEmptyDatabase(_temp);
        var (exit, output) = RunAsync(Template, "demo").GetAwaiter().GetResult();
        if (exit != ExitCodes.Ok)
        {
            throw new InvalidOperationException("demo failed: " + output);
        }
    }

    public IWarehouseProvider Provider => _provider;

    /// <summary>The connection string of the demo warehouse (tests must not change it).</summary>
    public string Template { get; }

    /// <summary>A fresh copy of the demo warehouse.</summary>
    public string Copy()
    {
        if (_provider.Provider == WarehouseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            var source = new SqliteConnectionStringBuilder(Template).DataSource;
            var target = _temp.Combine(Guid.NewGuid().ToString("N") + ".db");
            File.Copy(source, target);
            return new SqliteConnectionStringBuilder(Template) { DataSource = target }.ConnectionString;
        }

        NpgsqlConnection.ClearAllPools();
        var template = new NpgsqlConnectionStringBuilder(Template);
        var name = "dtz_c_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Template) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {template.Database}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Template) { Database = name }.ConnectionString;
    }

    /// <summary>Runs <c>dtz</c> in process against <paramref name="connection"/>.</summary>
    public async Task<(int Exit, string Output)> RunAsync(string connection, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = [.. args, "--data", _temp.Combine("data"), "--provider", _provider.Name, "--connection", connection];
        var exit = await DtzCommandLine.RunAsync(all, new DtzConsole(output, error), o => new DtzApp(DtzConfiguration.Build(o)));
        return (exit, output + error.ToString());
    }

    public void Dispose() => _temp.Dispose();
}
