using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Tmdl.Checks;

/// <summary>
/// References resolve: both ends of each relationship exist and have the same data type; each <c>sortByColumn</c> and
/// hierarchy level column is a column of the same table.
/// </summary>
public sealed class ReferenceCheck : ITmdlCheck
{
    public IEnumerable<TmdlIssue> Check(TmdlFolder folder)
    {
        var model = SemanticModel.From(folder);
        foreach (var relationship in model.Relationships)
        {
            var (file, line) = Split(relationship.Location);
            var from = model.Table(relationship.FromTable)?.Column(relationship.FromColumn);
            var to = model.Table(relationship.ToTable)?.Column(relationship.ToColumn);
            if (from is null)
            {
                yield return new(file, line, $"relationship {relationship.Name}: fromColumn {relationship.FromTable}.{relationship.FromColumn} does not exist");
            }

            if (to is null)
            {
                yield return new(file, line, $"relationship {relationship.Name}: toColumn {relationship.ToTable}.{relationship.ToColumn} does not exist");
            }

            if (from is not null && to is not null && !string.Equals(from.DataType, to.DataType, StringComparison.OrdinalIgnoreCase))
            {
                yield return new(file, line, $"relationship {relationship.Name}: {relationship.FromTable}.{relationship.FromColumn} is {from.DataType} but {relationship.ToTable}.{relationship.ToColumn} is {to.DataType}");
            }
        }

        foreach (var table in folder.TableDocuments.SelectMany(d => d.Roots).Where(r => r.Keyword == "table"))
        {
            var columns = table.ChildrenOf("column").Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var column in table.ChildrenOf("column").Where(c => c.Value("sortByColumn") is not null))
            {
                var sortBy = TmdlName.Unquote(column.Value("sortByColumn")!);
                if (!columns.Contains(sortBy))
                {
                    yield return new(column.File, column.Property("sortByColumn")!.Line, $"column {table.Name}.{column.Name}: sortByColumn {sortBy} is not a column of {table.Name}");
                }
            }

            foreach (var level in table.ChildrenOf("hierarchy").SelectMany(h => h.ChildrenOf("level")))
            {
                var column = level.Value("column") is { } c ? TmdlName.Unquote(c) : null;
                if (column is null || !columns.Contains(column))
                {
                    yield return new(level.File, level.Line, $"level {level.Name} of table {table.Name}: column {column ?? "(none)"} is not a column of {table.Name}");
                }
            }
        }
    }

    private static (string File, int Line) Split(string location)
    {
        var colon = location.LastIndexOf(':');
        return (location[..colon], int.Parse(location[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
