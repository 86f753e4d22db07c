using DutchTechZone.PowerBI.Tests.Model;

namespace DutchTechZone.PowerBI.Tests.Rules;

/// <summary>MODEL_SHOULD_HAVE_A_DATE_TABLE + DATE/CALENDAR_TABLES_SHOULD_BE_MARKED_AS_A_DATE_TABLE: a table with dataCategory Time and a dateTime key column.</summary>
public sealed class DateTableRule : IModelRule
{
    public string Id => "MODEL_SHOULD_HAVE_A_DATE_TABLE";

    public IEnumerable<string> Check(SemanticModel model)
    {
        var marked = model.Tables.Where(t => string.Equals(t.DataCategory, "Time", StringComparison.OrdinalIgnoreCase)).ToList();
        if (marked.Count == 0)
        {
            yield return "no table is marked as date table (dataCategory: Time)";
        }

        foreach (var table in marked.Where(t => !t.Columns.Any(c => c.IsKey && string.Equals(c.DataType, "dateTime", StringComparison.OrdinalIgnoreCase))))
        {
            yield return $"date table {table.Name} has no dateTime column marked isKey";
        }
    }
}
