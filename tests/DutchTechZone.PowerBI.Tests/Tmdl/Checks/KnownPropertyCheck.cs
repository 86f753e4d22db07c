namespace DutchTechZone.PowerBI.Tests.Tmdl.Checks;

/// <summary>
/// Only properties TOM knows, per object type, and only valid enum values. The lists hold the properties of the
/// TOM objects this project uses (learn.microsoft.com/dotnet/api/microsoft.analysisservices.tabular: Column, Measure,
/// Table, Partition, Relationship, NamedExpression, Hierarchy, Level; enum values as the TMDL serializer writes them,
/// camelCase, per tmdl-overview). An unknown name is usually a typo that Desktop would reject.
/// </summary>
public sealed class KnownPropertyCheck : ITmdlCheck
{
    private static readonly Dictionary<string, string[]> Properties = new(StringComparer.OrdinalIgnoreCase)
    {
        ["database"] = ["compatibilityLevel", "compatibilityMode", "language", "collation", "description"],
        ["model"] = ["culture", "defaultPowerBIDataSourceVersion", "discourageImplicitMeasures", "sourceQueryCulture", "defaultMode",
            "collation", "description", "valueFilterBehavior", "forceUniqueNames", "dataSourceDefaultMaxConnections", "maxParallelismPerQuery"],
        ["dataAccessOptions"] = ["legacyRedirects", "returnErrorValuesAsNull", "fastCombine"],
        ["table"] = ["lineageTag", "sourceLineageTag", "dataCategory", "isHidden", "isPrivate", "description", "showAsVariationsOnly",
            "excludeFromModelRefresh", "alternateSourcePrecedence"],
        ["column"] = ["dataType", "isHidden", "isKey", "formatString", "isAvailableInMdx", "lineageTag", "sourceLineageTag", "isDefaultLabel",
            "isDefaultImage", "dataCategory", "summarizeBy", "sourceColumn", "sortByColumn", "displayFolder", "description", "isNullable",
            "isUnique", "encodingHint", "alignment", "tableDetailPosition", "keepUniqueRows", "sourceProviderType", "isDataTypeInferred"],
        ["measure"] = ["formatString", "displayFolder", "lineageTag", "sourceLineageTag", "description", "isHidden", "dataCategory", "isSimpleMeasure"],
        ["partition"] = ["mode", "source", "queryGroup", "dataView", "description"],
        ["hierarchy"] = ["lineageTag", "sourceLineageTag", "isHidden", "displayFolder", "description", "hideMembers"],
        ["level"] = ["lineageTag", "sourceLineageTag", "column", "ordinal", "description"],
        ["relationship"] = ["fromColumn", "toColumn", "isActive", "crossFilteringBehavior", "securityFilteringBehavior", "fromCardinality",
            "toCardinality", "relyOnReferentialIntegrity", "joinOnDateBehavior"],
        ["expression"] = ["lineageTag", "sourceLineageTag", "description", "kind", "queryGroup", "resultType"],
        ["cultureInfo"] = [],
        ["linguisticMetadata"] = ["contentType"],
        ["annotation"] = [],
        ["changedProperty"] = [],
        ["ref table"] = [],
        ["ref cultureInfo"] = [],
        ["ref role"] = [],
        ["ref perspective"] = [],
        ["ref expression"] = [],
    };

    private static readonly Dictionary<string, string[]> Enums = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dataType"] = ["string", "int64", "double", "dateTime", "decimal", "boolean", "binary", "variant", "automatic", "unknown"],
        ["summarizeBy"] = ["default", "none", "sum", "min", "max", "count", "average", "distinctCount"],
        ["mode"] = ["import", "directQuery", "dual", "default", "push", "directLake"],
        ["crossFilteringBehavior"] = ["oneDirection", "bothDirections", "automatic"],
        ["securityFilteringBehavior"] = ["oneDirection", "bothDirections", "none"],
        ["fromCardinality"] = ["none", "one", "many"],
        ["toCardinality"] = ["none", "one", "many"],
    };

    public IEnumerable<TmdlIssue> Check(TmdlFolder folder)
    {
        foreach (var node in folder.AllNodes)
        {
            if (!Properties.TryGetValue(node.Keyword, out var known))
            {
                yield return new(node.File, node.Line, $"unknown object type '{node.Keyword}'");
                continue;
            }

            foreach (var property in node.Properties)
            {
                if (!known.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                {
                    yield return new(node.File, property.Line, $"{node.Keyword} {node.Name}: unknown property '{property.Name}'");
                }
                else if (Enums.TryGetValue(property.Name, out var values)
                         && !values.Contains(property.Value, StringComparer.OrdinalIgnoreCase))
                {
                    yield return new(node.File, property.Line, $"{node.Keyword} {node.Name}: {property.Name} '{property.Value}' is not one of {string.Join(", ", values)}");
                }
            }
        }
    }
}
