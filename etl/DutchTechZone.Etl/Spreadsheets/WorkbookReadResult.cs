namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>What reading one delivered file gave: the template sheets, every error, and warnings.</summary>
public sealed class WorkbookReadResult
{
    /// <summary>Creates a result.</summary>
    public WorkbookReadResult(string fileName, IReadOnlyList<TemplateSheet> sheets, IReadOnlyList<SpreadsheetError> errors, IReadOnlyList<string> warnings)
    {
        FileName = fileName;
        Sheets = sheets;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The file name (without folder).</summary>
    public string FileName { get; }

    /// <summary>The recognised template sheets, in workbook order.</summary>
    public IReadOnlyList<TemplateSheet> Sheets { get; }

    /// <summary>Every problem found; any error rejects the whole file.</summary>
    public IReadOnlyList<SpreadsheetError> Errors { get; }

    /// <summary>Things that do not reject the file (ignored sheets or columns), in Dutch.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when there are no errors: the file may be loaded.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>All rows of the given type across the sheets, in file order.</summary>
    public IReadOnlyList<T> RowsOf<T>() => Sheets.SelectMany(s => s.Rows.OfType<T>()).ToList();
}
