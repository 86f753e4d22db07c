namespace DutchTechZone.PowerBI.Tests;

/// <summary>Where the Power BI project and the checked-in test files live, found from the test's working folder.</summary>
public static class PowerBiProject
{
    private static readonly Lazy<string> RepositoryRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DutchTechZone.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DutchTechZone.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => Path.Combine(RepositoryRoot.Value, "reports", "powerbi");

    public static string SemanticModelDefinition => Path.Combine(Root, "DutchTechZone.SemanticModel", "definition");

    public static string ReportDefinition => Path.Combine(Root, "DutchTechZone.Report", "definition");

    /// <summary>The approved reporting-view contracts, in the source tree (not the build output) so that a change is a diff.</summary>
    public static string ApprovedFolder => Path.Combine(RepositoryRoot.Value, "tests", "DutchTechZone.PowerBI.Tests", "Approved");

    public static string SchemaFolder => Path.Combine(AppContext.BaseDirectory, "Schemas");

    /// <summary>Every JSON file of the project (.pbip, .pbir, .pbism, .platform, PBIR definition files).</summary>
    public static IEnumerable<string> JsonFiles() =>
        Directory.EnumerateFiles(Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => Path.GetExtension(f) is ".json" or ".pbip" or ".pbir" or ".pbism" || Path.GetFileName(f) == ".platform")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.pbi{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
