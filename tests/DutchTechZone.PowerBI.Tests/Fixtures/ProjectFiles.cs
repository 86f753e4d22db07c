using System.Text;
using DutchTechZone.PowerBI.Tests.Model;
using DutchTechZone.PowerBI.Tests.Tmdl;

namespace DutchTechZone.PowerBI.Tests.Fixtures;

/// <summary>The checked-in semantic model, read once; and copies of it with one file changed, for the negative tests.</summary>
public static class ProjectFiles
{
    private static readonly Lazy<TmdlFolder> Folder = new(() => TmdlFolder.Load(PowerBiProject.SemanticModelDefinition));

    public static TmdlFolder Tmdl => Folder.Value;

    public static SemanticModel Model => SemanticModel.From(Tmdl);

    /// <summary>The model folder with <paramref name="file"/>'s text changed by <paramref name="change"/> (which must change it).</summary>
    public static TmdlFolder WithChange(string file, Func<string, string> change)
    {
        var files = Tmdl.Bytes.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var before = Encoding.UTF8.GetString(files[file]);
        var after = change(before);
        if (after == before)
        {
            throw new InvalidOperationException($"the change did not change {file}: the test no longer tests anything");
        }

        files[file] = Encoding.UTF8.GetBytes(after);
        return TmdlFolder.FromFiles(Tmdl.Path, files);
    }

    public static TmdlFolder WithFile(string file, string text)
    {
        var files = Tmdl.Bytes.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        files[file] = Encoding.UTF8.GetBytes(text);
        return TmdlFolder.FromFiles(Tmdl.Path, files);
    }

    public static string Swap(this string text, string oldValue, string newValue, int expectedCount)
    {
        var count = (text.Length - text.Replace(oldValue, "", StringComparison.Ordinal).Length) / oldValue.Length;
        if (count < expectedCount)
        {
            throw new InvalidOperationException($"'{oldValue}' occurs {count} times, expected {expectedCount}");
        }

        return text.Replace(oldValue, newValue, StringComparison.Ordinal);
    }
}
