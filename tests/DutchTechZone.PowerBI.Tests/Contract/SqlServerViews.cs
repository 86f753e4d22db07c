using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DutchTechZone.PowerBI.Tests.Contract;

/// <summary>
/// The rpt_ views of the SQL Server warehouse, read from the SQL Server migration scripts (no server runs here): the
/// scripts are replayed in order with ScriptDom (tables and added columns collected, views created and dropped), and
/// each view column gets the type of the table column it selects or the type of its CAST; any other expression
/// (CASE, CONCAT, arithmetic) is left untyped (""), like SQLite's expression columns.
/// </summary>
public static class SqlServerViews
{
    public static IReadOnlyList<ViewColumn> Read(IEnumerable<(string Name, string Sql)> scripts)
    {
        var tables = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var views = new Dictionary<string, List<ViewColumn>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, sql) in scripts)
        {
            var script = (TSqlScript)new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"{name}: {errors[0].Message} (line {errors[0].Line})");
            }

            foreach (var statement in script.Batches.SelectMany(b => b.Statements))
            {
                switch (statement)
                {
                    case CreateTableStatement create:
                        tables[create.SchemaObjectName.BaseIdentifier.Value] = create.Definition.ColumnDefinitions
                            .ToDictionary(c => c.ColumnIdentifier.Value, c => TypeName(c.DataType), StringComparer.OrdinalIgnoreCase);
                        break;
                    case AlterTableAddTableElementStatement alter when tables.TryGetValue(alter.SchemaObjectName.BaseIdentifier.Value, out var columns):
                        foreach (var column in alter.Definition.ColumnDefinitions)
                        {
                            columns[column.ColumnIdentifier.Value] = TypeName(column.DataType);
                        }

                        break;
                    case DropViewStatement drop:
                        foreach (var dropped in drop.Objects)
                        {
                            views.Remove(dropped.BaseIdentifier.Value);
                        }

                        break;
                    case CreateViewStatement view when view.SchemaObjectName.BaseIdentifier.Value.StartsWith("rpt_", StringComparison.OrdinalIgnoreCase):
                        views[view.SchemaObjectName.BaseIdentifier.Value] = Columns(view, tables);
                        break;
                }
            }
        }

        return views.Values.SelectMany(v => v).ToList();
    }

    private static List<ViewColumn> Columns(CreateViewStatement view, Dictionary<string, Dictionary<string, string>> tables)
    {
        var name = view.SchemaObjectName.BaseIdentifier.Value;
        if (view.SelectStatement.QueryExpression is not QuerySpecification query)
        {
            throw new InvalidOperationException($"view {name}: only a plain SELECT is understood");
        }

        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in query.FromClause?.TableReferences ?? [])
        {
            CollectAliases(reference, aliases);
        }

        var columns = new List<ViewColumn>();
        foreach (var element in query.SelectElements.OfType<SelectScalarExpression>())
        {
            var expression = element.Expression is ParenthesisExpression p ? p.Expression : element.Expression;
            var column = expression as ColumnReferenceExpression;
            var columnName = element.ColumnName?.Value ?? column?.MultiPartIdentifier.Identifiers[^1].Value
                             ?? throw new InvalidOperationException($"view {name}: a computed column without a name");
            var type = expression switch
            {
                CastCall cast => TypeName(cast.DataType),
                ColumnReferenceExpression reference => Resolve(reference, aliases, tables),
                _ => "",
            };
            columns.Add(new ViewColumn(name, columnName, columns.Count + 1, type));
        }

        return columns;
    }

    private static void CollectAliases(TableReference reference, Dictionary<string, string> aliases)
    {
        switch (reference)
        {
            case NamedTableReference named:
                aliases[named.Alias?.Value ?? named.SchemaObject.BaseIdentifier.Value] = named.SchemaObject.BaseIdentifier.Value;
                break;
            case JoinTableReference join:
                CollectAliases(join.FirstTableReference, aliases);
                CollectAliases(join.SecondTableReference, aliases);
                break;
        }
    }

    private static string Resolve(ColumnReferenceExpression reference, Dictionary<string, string> aliases, Dictionary<string, Dictionary<string, string>> tables)
    {
        var parts = reference.MultiPartIdentifier.Identifiers.Select(i => i.Value).ToList();
        var candidates = parts.Count >= 2 && aliases.TryGetValue(parts[^2], out var table) ? [table] : aliases.Values.ToList();
        return candidates.Select(t => tables.TryGetValue(t, out var columns) && columns.TryGetValue(parts[^1], out var type) ? type : null)
            .FirstOrDefault(t => t is not null) ?? "";
    }

    private static string TypeName(DataTypeReference type) => type.Name.BaseIdentifier.Value.ToLowerInvariant();
}
