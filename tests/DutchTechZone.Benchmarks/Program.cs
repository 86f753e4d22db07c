using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using DutchTechZone.Benchmarks;

// dotnet run -c Release --project tests/DutchTechZone.Benchmarks -- --filter '*' --job short   (see docs/benchmarks.md)
// dotnet run -c Release --project tests/DutchTechZone.Benchmarks -- regional 1000000 native     (regional import, wall clock)
if (args.Length >= 2 && args[0] == "regional")
{
    return await RegionalImportRun.RunAsync(args);
}

if (BenchmarkDatabases.PostgreSqlConnectionString is null)
{
    Console.WriteLine($"Note: {BenchmarkDatabases.PostgreSqlVariable} is not set; the PostgreSQL population-load cases are skipped (SQLite only).");
}

// Reports go beside the binaries (bin/ is git-ignored), not into the current folder; `--artifacts DIR` overrides.
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
