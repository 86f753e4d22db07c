using DutchTechZone.Host.Cli;
using DutchTechZone.Host.Composition;
using DutchTechZone.Host.Output;
using DutchTechZone.Tests.Infrastructure;

namespace DutchTechZone.Reports.Tests.Infrastructure;

/// <summary>
/// A warehouse set up by the real <c>dtz demo</c> (migrate, bundled CBS snapshot, sample spreadsheets, 2026 budget),
/// once per test class and provider; <see cref="RunAsync"/> runs any further <c>dtz</c> command against it.
/// </summary>
public sealed class DemoWarehouse<TProvider> : IDisposable where TProvider : IWarehouseProvider, new()
{
    private readonly TProvider _provider = new();

    public DemoWarehouse()
    {
        ConnectionString = _provider.CreateEmptyDatabase(Temp);
        var (exit, output, error) = RunAsync(["demo"]).GetAwaiter().GetResult();
        if (exit != ExitCodes.Ok)
        {
            throw new InvalidOperationException($"dtz demo failed ({exit}):\n{output}\n{error}");
        }

        DemoOutput = output;
    }

    public TempDirectory Temp { get; } = new();

    public string ConnectionString { get; }

    public string DataDirectory => Temp.Combine("data");

    public IWarehouseProvider Provider => _provider;

    public string DemoOutput { get; }

    public DutchTechZone.Database.Warehouse Warehouse() =>
        new(new DutchTechZone.Database.WarehouseSettings(_provider.Provider, ConnectionString));

    /// <summary>Runs <c>dtz</c> in process against this warehouse, with extra configuration (as DTZ__… environment variables would give).</summary>
    public async Task<(int Exit, string Output, string Error)> RunAsync(string[] args, IDictionary<string, string?>? settings = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = [.. args, "--data", DataDirectory, "--provider", _provider.Name, "--connection", ConnectionString];
        var exit = await DtzCommandLine.RunAsync(all, new DtzConsole(output, error), o => new DtzApp(DtzConfiguration.Build(o, settings)));
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Temp.Dispose();
}
