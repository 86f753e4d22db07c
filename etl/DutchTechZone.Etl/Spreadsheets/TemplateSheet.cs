namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>
/// A sheet recognised as one of the templates, with its typed rows in file order. <see cref="Rows"/> holds
/// <see cref="MiddelenRow"/>, <see cref="BegrotingRow"/>, <see cref="RealisatieRow"/>, <see cref="CapaciteitRow"/> or
/// <see cref="IndicatorRow"/> according to <see cref="Kind"/>; use <see cref="RowsOf{T}"/> for a typed view.
/// Rows with errors are left out, so when the workbook is not valid the rows are incomplete and must not be loaded.
/// </summary>
public sealed class TemplateSheet
{
    /// <summary>Creates a sheet result.</summary>
    public TemplateSheet(TemplateKind kind, string sheetName, int headerRow, IReadOnlyList<object> rows)
    {
        Kind = kind;
        SheetName = sheetName;
        HeaderRow = headerRow;
        Rows = rows;
    }

    /// <summary>The template the sheet follows.</summary>
    public TemplateKind Kind { get; }

    /// <summary>The sheet name (for CSV: the file name without extension).</summary>
    public string SheetName { get; }

    /// <summary>The Excel row number of the header row.</summary>
    public int HeaderRow { get; }

    /// <summary>The typed data rows in file order (no header, no Totaal row).</summary>
    public IReadOnlyList<object> Rows { get; }

    /// <summary>The rows as <typeparamref name="T"/> (empty when the sheet is of another kind).</summary>
    public IReadOnlyList<T> RowsOf<T>() => Rows.OfType<T>().ToList();
}
