namespace DutchTechZone.Database.Loaders;

/// <summary>Everything one "Gebieden in Nederland &lt;year&gt;" pull writes, in one transaction.</summary>
/// <param name="ImportId">The <c>etl_import</c> row.</param>
/// <param name="Source">The CBS table (lineage).</param>
/// <param name="Year">The year of the division (its 1 January).</param>
/// <param name="Municipalities">One row per municipality of that year.</param>
/// <param name="RequestFingerprint">What was asked, for skip-if-unchanged.</param>
/// <param name="Message">A note for the import row (warnings), if any.</param>
public sealed record RegionMembershipLoad(
    long ImportId,
    CbsSourceRecord Source,
    int Year,
    IReadOnlyCollection<MunicipalityMembership> Municipalities,
    string RequestFingerprint,
    string? Message = null);

/// <summary>A municipality in one year's division: its name, COROP area and province (codes trimmed; null when the table has no such column).</summary>
public sealed record MunicipalityMembership(string CbsCode, string Name, string? CoropCode, string? CoropName, string? ProvinceCode, string? ProvinceName);

/// <summary>What a membership load did.</summary>
/// <param name="RowsRead">Municipalities read (staged).</param>
/// <param name="RowsWritten">Municipality memberships inserted or changed.</param>
/// <param name="RowsUnchanged">Municipality memberships already held exactly.</param>
public sealed record RegionMembershipResult(long RowsRead, long RowsWritten, long RowsUnchanged);
