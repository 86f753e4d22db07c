namespace DutchTechZone.Database.Bulk;

/// <summary>A column of a staging table as the bulk writers see it: its name and the CLR type of its values.</summary>
/// <param name="Name">Column name in the staging table.</param>
/// <param name="Type">One of <see cref="string"/>, <see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>.</param>
public sealed record StagingColumn(string Name, Type Type);
