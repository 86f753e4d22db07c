namespace DutchTechZone.PowerBI.Tests.Contract;

/// <summary>One column of a reporting view as the database describes it (declared type; "" on SQLite for an expression).</summary>
public sealed record ViewColumn(string View, string Column, int Position, string Type);
