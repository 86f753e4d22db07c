using DutchTechZone.Database;
using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Contract;

/// <summary>
/// The model against the warehouse: every table reads an existing <c>rpt_</c> view, and every column's sourceColumn
/// is a column of that view with a type the model's dataType can hold. Each finding names the model table and
/// column and the view.
/// </summary>
public static class ContractChecker
{
    public static IReadOnlyList<string> Check(SemanticModel model, WarehouseProvider provider, IReadOnlyList<ViewColumn> views)
    {
        var byView = views.GroupBy(v => v.View, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Column, StringComparer.Ordinal), StringComparer.Ordinal);
        var findings = new List<string>();
        foreach (var table in model.Tables)
        {
            var view = table.SourceView;
            if (view is null || !view.StartsWith("rpt_", StringComparison.Ordinal))
            {
                findings.Add($"Model table '{table.Name}' does not read a reporting view (rpt_…) in its partition (found: {view ?? "none"})");
                continue;
            }

            if (!byView.TryGetValue(view, out var columns))
            {
                findings.Add($"Model table '{table.Name}' reads view {view}, which does not exist in the {provider} warehouse");
                continue;
            }

            foreach (var column in table.Columns)
            {
                if (column.SourceColumn is null)
                {
                    findings.Add($"Model table '{table.Name}' column '{column.Name}' has no sourceColumn (view {view})");
                }
                else if (!columns.TryGetValue(column.SourceColumn, out var source))
                {
                    findings.Add($"Model table '{table.Name}' column '{column.Name}' reads {view}.{column.SourceColumn}, which view {view} does not have in the {provider} warehouse");
                }
                else if (!TypeCompatibility.Fits(provider, column.DataType, source.Type))
                {
                    findings.Add($"Model table '{table.Name}' column '{column.Name}' is {column.DataType} but {view}.{column.SourceColumn} is {source.Type} in the {provider} warehouse");
                }
            }
        }

        return findings;
    }
}
