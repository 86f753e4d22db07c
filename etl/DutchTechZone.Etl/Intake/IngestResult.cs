using System.Text.Json.Serialization;
using DutchTechZone.Etl.Spreadsheets;

namespace DutchTechZone.Etl.Intake;

/// <summary>What happened to one delivered file (<c>dtz ingest --json</c>).</summary>
/// <param name="File">The name it was delivered under.</param>
/// <param name="Template">The template(s) recognised, e.g. <c>Realisatie</c>; null when none.</param>
/// <param name="Status"><c>loaded</c>, <c>rejected</c>, <c>duplicate</c> or <c>failed</c> (the pipeline failed; the file is back in incoming/).</param>
/// <param name="Rows">Rows loaded.</param>
/// <param name="Replaces">Earlier files whose rows this one replaced.</param>
/// <param name="Errors">Every error found (rejected files).</param>
/// <param name="Location">Where the file is now.</param>
public sealed record IngestResult(
    string File,
    string? Template,
    string Status,
    long Rows,
    string? Replaces,
    IReadOnlyList<IngestError> Errors,
    IReadOnlyList<string> Warnings,
    [property: JsonIgnore] string Location,
    string? Message = null);

/// <summary>One located error, as the contract prints it.</summary>
public sealed record IngestError(string? Sheet, int? Row, string? Column, string? Value, string Message)
{
    public static IngestError From(SpreadsheetError e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Sheet, e.Row, e.Column, e.Value, e.Message);
    }
}
