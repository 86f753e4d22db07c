using System.Diagnostics;
using System.Text;

namespace DutchTechZone.Tests.Reliability;

/// <summary>A real <c>dtz</c> process (the built dtz.dll run with <c>dotnet</c>), so it can be killed with SIGKILL.</summary>
internal sealed class DtzProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private DtzProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

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

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// The Host's own build output (its deps.json resolves its assemblies; the copy in the test folder runs with the
    /// test project's dependency graph and cannot load them).
    /// </summary>
    private static string DtzDll
    {
        get
        {
            var testBin = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
            var marker = Path.Combine("tests", "DutchTechZone.Tests");
            var hostBin = testBin.Replace(marker, Path.Combine("etl", "DutchTechZone.Host"), StringComparison.Ordinal);
            var dll = Path.Combine(hostBin, "dtz.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"dtz.dll not built at {dll}: build etl/DutchTechZone.Host first.");
        }
    }

    /// <summary>Starts <c>dotnet dtz.dll ARGS</c> with the intake taking files at once.</summary>
    public static DtzProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(DtzDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DTZ__Intake__StableAfter"] = "00:00:00";
        info.Environment["DTZ__Intake__Settle"] = "00:00:00";
        info.Environment["DTZ__Intake__LockTimeout"] = "00:02:00";
        info.Environment["DTZ__Logging__LogLevel__Default"] = "Warning";
        return new DtzProcess(Process.Start(info)!);
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>) and returns the exit code.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var process = Start(args);
        var exit = await process.WaitAsync(timeout);
        return (exit, process.Output);
    }

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dtz did not finish within {timeout}: {Output}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no finally block, no dispose, nothing runs in the process after this.</summary>
    public bool KillNine()
    {
        if (_process.HasExited)
        {
            return false;
        }

        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        return true;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
