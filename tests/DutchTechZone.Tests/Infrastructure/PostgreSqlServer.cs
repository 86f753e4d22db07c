using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DutchTechZone.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the warehouse tests run against: the one named by <c>DTZ_TEST_POSTGRES</c> (as
/// <c>.ci/run</c> sets it), or else a throwaway cluster started from the machine's PostgreSQL binaries
/// (Debian package <c>postgresql</c>) for the length of the test run. No server and no binaries is a test failure.
/// </summary>
public static class PostgreSqlServer
{
    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The base connection string (its database is a maintenance database tests do not write to).</summary>
    public static string ConnectionString => Server.Value;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "dtz_t_" + Guid.NewGuid().ToString("N")[..12];
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("DTZ_TEST_POSTGRES") is { Length: > 0 } given)
        {
            return given;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => System.IO.Path.Combine(d, "bin"))
                .Where(d => File.Exists(System.IO.Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                "No PostgreSQL for the warehouse tests: set DTZ_TEST_POSTGRES to a connection string, or install the server (apt-get install postgresql) so the tests can start their own.");
        }

        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dtz-test-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", $"postgres:postgres {folder}");
        }

        var port = FreePort();
        RunAsOwner(asRoot, $"{bin}/initdb -D {folder}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        RunAsOwner(asRoot, $"{bin}/pg_ctl -D {folder}/data -o '-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200' -l {folder}/pg.log -w start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAndRemove(asRoot, bin, folder);
        StartWatchdog(asRoot, bin, folder);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    // The throwaway cluster is about 1 GB after a test run: stop it and remove its folder so runs leave nothing behind.
    private static void StopAndRemove(bool asRoot, string bin, string folder)
    {
        try
        {
            RunAsOwner(asRoot, $"{bin}/pg_ctl -D {folder}/data -m immediate -w stop");
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort at process exit: a folder left behind is only disk space.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }

    // ProcessExit does not run when the test host is killed (kill -9, a CI timeout): a detached watchdog stops the
    // cluster and removes its folder once this process is gone, so no PostgreSQL server outlives its test run.
    private static void StartWatchdog(bool asRoot, string bin, string folder)
    {
        var stop = $"{bin}/pg_ctl -D {folder}/data -m immediate -w stop";
        var script = "exec </dev/null >/dev/null 2>&1; " +
            $"while kill -0 {Environment.ProcessId}; do sleep 2; done; " +
            (asRoot ? $"su postgres -c '{stop}'" : stop) + $"; rm -rf '{folder}'";
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var arg in new[] { "bash", "-c", script })
        {
            info.ArgumentList.Add(arg);
        }

        Process.Start(info)?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAsOwner(bool asRoot, string command)
    {
        if (asRoot)
        {
            Run("su", "postgres", "-c", command);
        }
        else
        {
            Run("bash", "-c", command);
        }
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args.Length == 1 ? args[0].Split(' ') : args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}
