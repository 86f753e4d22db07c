using System.Runtime.InteropServices;

namespace DutchTechZone.Etl.Intake;

/// <summary>What kind of directory entry a path is, without opening it (opening a FIFO blocks until a writer comes).</summary>
public enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Socket,
    Device,
    Missing,
    Unknown,
}

/// <summary>
/// Reads the type of a directory entry by <c>lstat</c> (on Unix, through the runtime's own native shim, the same
/// call <see cref="FileInfo"/> makes), so that a FIFO, socket or device in the drop folder is recognised before
/// anything opens it.
/// </summary>
public static class FileKinds
{
    /// <summary>The kind of <paramref name="path"/> itself (a symbolic link is reported as such, not followed).</summary>
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            var info = new FileInfo(path);
            return info.LinkTarget is not null ? FileKind.SymbolicLink
                : info.Exists ? FileKind.Regular
                : Directory.Exists(path) ? FileKind.Directory
                : FileKind.Missing;
        }

        // struct FileStatus of System.Native: int Flags; int Mode; ... — only Mode (offset 4) is read.
        var status = new byte[512];
        if (LStat(path, status) != 0)
        {
            return File.Exists(path) || Directory.Exists(path) ? FileKind.Unknown : FileKind.Missing;
        }

        var mode = BitConverter.ToInt32(status, 4);
        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 or 0x6000 => FileKind.Device,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>The Dutch name of a kind, for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "een named pipe (FIFO)",
        FileKind.Socket => "een socket",
        FileKind.Device => "een apparaatbestand",
        FileKind.Directory => "een map",
        FileKind.SymbolicLink => "een symbolische koppeling",
        FileKind.Missing => "verdwenen",
        _ => "geen gewoon bestand",
    };

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
