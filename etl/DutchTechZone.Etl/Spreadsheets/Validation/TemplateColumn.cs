namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>What a template column holds, which decides how its cells are read and which drop-down list it gets.</summary>
internal enum ColumnValueKind
{
    Text,
    Year,
    FundingSource,
    Municipality,
    Amount,
    Theme,
    Date,
    Status,
    Period,
    PartnerType,
    Hours,
    Number,
    YesNo,
}

/// <summary>One column of a template: its header, whether it is required, what it holds and its note for the template.</summary>
internal sealed record TemplateColumn(string Header, bool Required, ColumnValueKind ValueKind, string Note);
