using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Rules;

/// <summary>
/// AVOID_FLOATING_POINT_DATA_TYPES, for money: a column with a euro format or reading a money column of the
/// warehouse (amount, rate, settlement, value, *_cents, hourly_rate) is decimal (Fixed decimal number), never double.
/// </summary>
public sealed class NoFloatingPointMoneyRule : IModelRule
{
    private static readonly string[] MoneyColumns = ["amount", "rate", "settlement", "hourly_rate"];

    public string Id => "AVOID_FLOATING_POINT_DATA_TYPES";

    public IEnumerable<string> Check(SemanticModel model) =>
        model.Tables.SelectMany(t => t.Columns
            .Where(c => IsMoney(t, c) && !string.Equals(c.DataType, "decimal", StringComparison.OrdinalIgnoreCase)
                        && !(c.SourceColumn?.EndsWith("_cents", StringComparison.Ordinal) == true && c.DataType == "int64"))
            .Select(c => $"money column {t.Name}[{c.Name}] is {c.DataType}; use decimal"));

    private static bool IsMoney(ModelTable table, ModelColumn column) =>
        column.FormatString?.Contains('€', StringComparison.Ordinal) == true
        || MoneyColumns.Contains(column.SourceColumn)
        || column.SourceColumn?.EndsWith("_cents", StringComparison.Ordinal) == true
        || (column.SourceColumn == "value" && table.SourceView == "rpt_capacity");
}
