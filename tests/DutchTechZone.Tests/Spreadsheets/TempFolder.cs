using System.IO.Compression;
using System.Text;

namespace DutchTechZone.Tests.Spreadsheets;

/// <summary>A temporary folder deleted at the end of a test, with helpers to write and tamper with test files.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dtz-sheets-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string WriteText(string name, string text, Encoding encoding)
    {
        var path = File(name);
        var preamble = encoding.GetPreamble();
        System.IO.File.WriteAllBytes(path, [.. preamble, .. encoding.GetBytes(text)]);
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Replaces (or adds) one entry of a zip package with the given text.</summary>
    public static void SetZipEntry(string zipPath, string entryName, string content)
    {
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        zip.GetEntry(entryName)?.Delete();
        var entry = zip.CreateEntry(entryName);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    public static string ReadZipEntry(string zipPath, string entryName)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
