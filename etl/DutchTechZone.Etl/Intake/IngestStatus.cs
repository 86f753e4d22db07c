using System.Text.Json.Serialization;

namespace DutchTechZone.Etl.Intake;

/// <summary>What happened to one delivered file; JSON writes the lower-case name (<c>"loaded"</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IngestStatus>))]
public enum IngestStatus
{
    /// <summary>Its rows are in the warehouse; the file is in archive/.</summary>
    [JsonStringEnumMemberName("loaded")] Loaded,

    /// <summary>Refused for its content; the file and its error reports are in rejected/.</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,

    /// <summary>Identical to a file already loaded; nothing loaded, the file is in archive/.</summary>
    [JsonStringEnumMemberName("duplicate")] Duplicate,

    /// <summary>The pipeline failed (database down); the file is back in incoming/ for the next run.</summary>
    [JsonStringEnumMemberName("failed")] Failed,

    /// <summary>Another process held the warehouse load lock too long; the file is back in incoming/ for the next run.</summary>
    [JsonStringEnumMemberName("busy")] Busy,

    /// <summary>Not a file the intake can take (a FIFO, a device, a link out of the folder, an unusable name); left where it is.</summary>
    [JsonStringEnumMemberName("skipped")] Skipped,

    /// <summary>A file given on the command line does not exist.</summary>
    [JsonStringEnumMemberName("notFound")] NotFound,
}
