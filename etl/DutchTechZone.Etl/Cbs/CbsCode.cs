namespace DutchTechZone.Etl.Cbs;

/// <summary>One code of a dimension's code list (cbs-api.md §1.6).</summary>
/// <param name="Key">The code, trimmed (<c>NL01</c>, <c>1</c>).</param>
/// <param name="RawKey">The code padded exactly as CBS gives it (<c>"NL01  "</c>, <c>"1 "</c>); use this in a v3 <c>$filter</c>.</param>
/// <param name="Title">Dutch label.</param>
/// <param name="Description">Description, if any.</param>
/// <param name="Status">Time dimensions only: <c>Definitief</c>, <c>Voorlopig</c>, …</param>
public sealed record CbsCode(string Key, string RawKey, string Title, string? Description, string? Status);
