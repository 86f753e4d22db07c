namespace DutchTechZone.PowerBI.Tests.Tmdl.Checks;

/// <summary>
/// Exactly one partition per table, of a source type and mode Desktop supports ("doesn't support tables with multiple
/// partitions"; source type M, Calculated, Entity or CalculationGroup; mode Import, DirectQuery or Dual —
/// learn.microsoft.com/power-bi/developer/projects/projects-overview, limitations).
/// </summary>
public sealed class PartitionCheck : ITmdlCheck
{
    private static readonly string[] SourceTypes = ["m", "calculated", "entity", "calculationGroup"];
    private static readonly string[] Modes = ["import", "directQuery", "dual"];

    public IEnumerable<TmdlIssue> Check(TmdlFolder folder)
    {
        foreach (var table in folder.TableDocuments.SelectMany(d => d.Roots).Where(r => r.Keyword == "table"))
        {
            var partitions = table.ChildrenOf("partition").ToList();
            if (partitions.Count != 1)
            {
                yield return new(table.File, table.Line, $"table {table.Name} has {partitions.Count} partitions; Desktop needs exactly one");
            }

            foreach (var partition in partitions)
            {
                if (!SourceTypes.Contains(partition.DefaultValue, StringComparer.OrdinalIgnoreCase))
                {
                    yield return new(partition.File, partition.Line, $"partition {partition.Name}: source type '{partition.DefaultValue}' is not one of {string.Join(", ", SourceTypes)}");
                }

                if (partition.Value("mode") is { } mode && !Modes.Contains(mode, StringComparer.OrdinalIgnoreCase))
                {
                    yield return new(partition.File, partition.Line, $"partition {partition.Name}: mode '{mode}' is not one of {string.Join(", ", Modes)}");
                }

                if (string.IsNullOrWhiteSpace(partition.Value("source")))
                {
                    yield return new(partition.File, partition.Line, $"partition {partition.Name} has no source expression");
                }
            }
        }
    }
}
