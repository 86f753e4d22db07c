using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DutchTechZone.Tests.Reliability;

/// <summary>
/// A PostgreSQL cluster of its own for the outage test, so that stopping it mid-load affects no other test.
/// Started from the machine's binaries like <see cref="Infrastructure.PostgreSqlServer"/>; removed on dispose.
/// </summary>
internal sealed class ThrowawayPostgreSql : IDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly int _port;
    private readonly bool _asRoot = Environment.UserName == "root";

    public ThrowawayPostgreSql()
    {
        _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).Last();
        _folder = Path.Combine(Path.GetTempPath(), "dtz-outage-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        if (_asRoot)
        {
            Run("chown", "postgres:postgres", _folder);
        }

        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            _port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        AsOwner($"{_bin}/initdb -D {_folder}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        Start();
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=dtz_outage;Timeout=5;Command Timeout=30";

    public void Start() => AsOwner($"{_bin}/pg_ctl -D {_folder}/data -o '-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off' -l {_folder}/pg.log -w start");

    /// <summary>An immediate stop: like a crash of the server (no clean shutdown of the sessions).</summary>
    public void StopImmediately() => AsOwner($"{_bin}/pg_ctl -D {_folder}/data -m immediate -w stop");

    public void Dispose()
    {
        try
        {
            StopImmediately();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void AsOwner(string command)
    {
        if (_asRoot)
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
        foreach (var arg in args)
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
