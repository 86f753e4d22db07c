namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Collects every error and warning of one file.</summary>
internal sealed class ErrorCollector
{
    private readonly List<SpreadsheetError> _errors = [];
    private readonly List<string> _warnings = [];

    public ErrorCollector(string fileName) => FileName = fileName;

    public string FileName { get; }

    public IReadOnlyList<SpreadsheetError> Errors => _errors;

    public IReadOnlyList<string> Warnings => _warnings;

    public void FileError(string message) => _errors.Add(new SpreadsheetError(FileName, null, null, null, null, message));

    /// <summary>Adds an error; the value found is cut to <see cref="Hygiene.SafeText.MaxValueLength"/> characters (a 10 MB cell is not echoed whole).</summary>
    public void Add(string? sheet, int? row, string? column, string? value, string message) =>
        _errors.Add(new SpreadsheetError(FileName, sheet, row, column, Hygiene.SafeText.Bound(value), message));

    public void Warn(string message) => _warnings.Add(message);

    public WorkbookReadResult Result(IReadOnlyList<TemplateSheet> sheets) => new(FileName, sheets, _errors.ToList(), _warnings.ToList());
}
