using DutchTechZone.Etl.Regions;

namespace DutchTechZone.Etl;

/// <summary>The settings every step of the pipeline shares, read once from configuration.</summary>
/// <param name="DataDirectory">The working folder (SQLite warehouse, Hangfire storage, drop folder, samples).</param>
/// <param name="DropFolderRoot">The drop folder (<c>Intake:DropFolder</c>, default <c>&lt;data&gt;/drop</c>).</param>
/// <param name="Municipalities">The partner municipalities (<c>Population:Municipalities</c>).</param>
/// <param name="FromYear">The first year of CBS figures imported (<c>Population:FromYear</c>); null = three years back.</param>
/// <param name="DemoYear">The budget year <c>dtz demo</c> shows.</param>
/// <param name="StableAfter">How long a dropped file must be unchanged before it is taken.</param>
/// <param name="Settle">The wait before the second look at a dropped file.</param>
public sealed record PipelineSettings(
    string DataDirectory,
    string DropFolderRoot,
    IReadOnlyList<Municipality> Municipalities,
    int? FromYear,
    int DemoYear,
    TimeSpan StableAfter,
    TimeSpan? Settle);
