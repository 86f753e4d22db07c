using System.Text.Json.Nodes;

namespace DutchTechZone.PowerBI.Tests.Report;

/// <summary>A model field a visual uses: <c>{"Column"|"Measure": {"Expression": {"SourceRef": {"Entity": …}}, "Property": …}}</c>.</summary>
public sealed record VisualField(string Kind, string Entity, string Property, string File)
{
    /// <summary>Every Column/Measure reference anywhere in a PBIR file (query projections, filters, sort, objects).</summary>
    public static IEnumerable<VisualField> In(string file, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "Column" or "Measure" && value is JsonObject field
                        && field["Expression"]?["SourceRef"]?["Entity"]?.GetValue<string>() is { } entity
                        && field["Property"]?.GetValue<string>() is { } property)
                    {
                        yield return new VisualField(key, entity, property, file);
                    }

                    foreach (var inner in In(file, value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var inner in array.SelectMany(item => In(file, item)))
                {
                    yield return inner;
                }

                break;
        }
    }
}
