using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DutchTechZone.Tests.Infrastructure;

/// <summary>
/// A real <c>dtz</c> process (the built <c>dtz.dll</c> run with <c>dotnet</c>), for what only a process shows:
/// <c>serve</c> with its web host and Hangfire server, two processes sharing a warehouse, <c>kill -9</c>.
/// Its stdout and stderr are kept for the assertion messages.
/// </summary>
public sealed class DtzProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private DtzProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The built <c>dtz.dll</c> of the Host project, in the same configuration as these tests.</summary>
    public static string DtzDll
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = dir.Parent!.Name;   // bin/<Configuration>/net10.0/
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DutchTechZone.sln")))
            {
                dir = dir.Parent;
            }

            var dll = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"),
                "etl", "DutchTechZone.Host", "bin", configuration, "net10.0", "dtz.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"dtz.dll not built: {dll}");
        }
    }

    /// <summary>Starts <c>dotnet dtz.dll ARGS</c> with extra environment variables.</summary>
    public static DtzProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(DtzDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        return new DtzProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>A free TCP port on the loopback address.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits for the process to exit; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary><c>kill -9</c>: no shutdown, no finally blocks.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>SIGTERM, as systemd stops a service.</summary>
    public void Terminate()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill?.WaitForExit(5_000);
        }
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 400_000)
            {
                _output.AppendLine(line);
            }
        }
    }
}
