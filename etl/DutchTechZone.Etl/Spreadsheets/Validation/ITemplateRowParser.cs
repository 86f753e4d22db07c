namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>Turns one data row of a template into its typed row (null when the row has errors).</summary>
internal interface ITemplateRowParser
{
    object? Parse(RowContext row);
}
