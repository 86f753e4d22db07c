using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Rules;

/// <summary>HIDE_FOREIGN_KEYS: the many-side column of a relationship is hidden; so is every integer *_key (surrogate key) column.</summary>
public sealed class HideForeignKeysRule : IModelRule
{
    public string Id => "HIDE_FOREIGN_KEYS";

    public IEnumerable<string> Check(SemanticModel model)
    {
        var fromColumns = model.Relationships.Select(r => (r.FromTable, r.FromColumn)).ToHashSet();
        foreach (var table in model.Tables)
        {
            foreach (var column in table.Columns.Where(c => !c.IsHidden))
            {
                if (fromColumns.Contains((table.Name, column.Name)))
                {
                    yield return $"{table.Name}[{column.Name}] is a foreign key and visible";
                }
                else if (column.SourceColumn is { } source && column.DataType == "int64" && source.EndsWith("_key", StringComparison.Ordinal))
                {
                    yield return $"{table.Name}[{column.Name}] reads key column {source} and is visible";
                }
            }
        }
    }
}
