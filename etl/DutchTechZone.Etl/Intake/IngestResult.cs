using System.Text.Json.Serialization;
using DutchTechZone.Etl.Spreadsheets;
using DutchTechZone.Etl.Hygiene;

namespace DutchTechZone.Etl.Intake;

/// <summary>What happened to one delivered file (<c>dtz ingest --json</c>).</summary>
/// <param name="File">The name it was delivered under.</param>
/// <param name="Template">The template(s) recognised, e.g. <c>Realisatie</c>; null when none.</param>
/// <param name="Status">What happened (see <see cref="IngestStatus"/>).</param>
/// <param name="Rows">Rows loaded.</param>
/// <param name="Replaces">Earlier files whose rows this one replaced.</param>
/// <param name="Errors">Every error found (rejected files).</param>
/// <param name="Location">Where the file is now.</param>
public sealed record IngestResult(
    string File,
    string? Template,
    IngestStatus Status,
    long Rows,
    string? Replaces,
    IReadOnlyList<IngestError> Errors,
    IReadOnlyList<string> Warnings,
    [property: JsonIgnore] string Location,
    string? Message = null);

/// <summary>One located error, as the contract prints it; the value is bounded (<see cref="SafeText.MaxValueLength"/>).</summary>
public sealed record IngestError(string? Sheet, int? Row, string? Column, string? Value, string Message)
{
    public static IngestError From(SpreadsheetError e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Sheet, e.Row, e.Column, SafeText.Bound(e.Value), e.Message);
    }
}
