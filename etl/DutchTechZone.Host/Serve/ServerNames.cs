using System.Diagnostics;
using System.Globalization;

namespace DutchTechZone.Host.Serve;

/// <summary>
/// Hangfire server names say where a server runs: <c>dtz-&lt;machine&gt;-&lt;pid&gt;</c>. A killed process keeps a fresh
/// heartbeat in the storage for up to a minute; on this machine its process id tells that it is gone.
/// </summary>
public static class ServerNames
{
    private static string Prefix => $"dtz-{Environment.MachineName}-";

    public static string ForThisProcess() => Prefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when the server ran on this machine and its process no longer exists.</summary>
    public static bool IsDeadOnThisMachine(string serverId)
    {
        ArgumentNullException.ThrowIfNull(serverId);
        if (!serverId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = serverId[Prefix.Length..];
        var end = rest.IndexOf(':', StringComparison.Ordinal);
        if (!int.TryParse(end < 0 ? rest : rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
