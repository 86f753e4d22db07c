namespace DutchTechZone.Etl.Regions;

/// <summary>A municipality as CBS identifies it: its region code (<c>GM0114</c>) and its name.</summary>
/// <param name="CbsCode">The CBS region code, trimmed (<c>GM0114</c>).</param>
/// <param name="Name">The name as CBS writes it (<c>Emmen</c>).</param>
public sealed record Municipality(string CbsCode, string Name);
