using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DutchTechZone.SqlServer.Tests.Validation;

/// <summary>
/// Replays append-only migration scripts into the declarative schema they leave behind, because a DacFx model
/// only takes declarations (an <c>ALTER TABLE … ADD</c> makes it throw).
/// <list type="bullet">
/// <item>CREATE TABLE is kept; ALTER TABLE … ADD merges columns/constraints into it, ALTER TABLE … DROP removes
/// them, ALTER TABLE … ALTER COLUMN changes the column's type and nullability.</item>
/// <item>CREATE INDEX, views, procedures and functions are kept; the last definition of a name wins.</item>
/// <item>DROP TABLE / VIEW / INDEX / PROCEDURE / FUNCTION removes the object.</item>
/// <item>DML (the seeds) is wrapped in a procedure <c>dbo.[seed_&lt;script&gt;_&lt;n&gt;]</c>, the only place DacFx
/// validates DML. (If a later migration drops a column an old seed used, that seed would then fail validation.)</item>
/// <item>Anything else (SET, IF, EXEC, sp_rename, …) is listed in <see cref="Unsupported"/>: the tests fail on it,
/// so that the replayer learns a new construct instead of silently validating a different schema.</item>
/// </list>
/// Names are compared case-insensitively with <c>dbo</c> as the default schema, as SQL Server does.
/// </summary>
public sealed class SchemaReplayer
{
    private readonly List<(string Key, TSqlStatement Statement)> _objects = [];
    private readonly List<ModelScript> _seeds = [];
    private readonly List<string> _unsupported = [];

    /// <summary>Statements the replayer cannot represent declaratively: "script line N: StatementType".</summary>
    public IReadOnlyList<string> Unsupported => _unsupported;

    /// <summary>Replays scripts in apply order; a script that does not parse throws (the syntax tests name it).</summary>
    public static SchemaReplayer Replay(IEnumerable<(string Name, string Sql)> scripts)
    {
        var replayer = new SchemaReplayer();
        foreach (var (name, sql) in scripts)
        {
            replayer.Apply(name, sql);
        }

        return replayer;
    }

    /// <summary>Applies one migration script.</summary>
    public void Apply(string scriptName, string sql)
    {
        var fragment = TSqlSyntax.Parse(sql, out var errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{scriptName} does not parse: {string.Join("; ", errors.Select(TSqlSyntax.Describe))}");
        }

        foreach (var statement in TSqlSyntax.Statements(fragment))
        {
            Apply(scriptName, statement);
        }
    }

    /// <summary>The resulting schema as one script per object, then the wrapped seeds.</summary>
    public IReadOnlyList<ModelScript> Schema() =>
        _objects.Select(o => new ModelScript(o.Key, TSqlSyntax.Generate(o.Statement)))
            .Concat(_seeds)
            .ToList();

    private void Apply(string script, TSqlStatement statement)
    {
        switch (statement)
        {
            case CreateTableStatement create:
                Put(Key(create.SchemaObjectName), create);
                break;
            case AlterTableAddTableElementStatement add:
                AddToTable(add);
                break;
            case AlterTableDropTableElementStatement drop:
                DropFromTable(drop);
                break;
            case AlterTableAlterColumnStatement alter:
                AlterColumn(alter);
                break;
            case CreateIndexStatement index:
                Put(IndexKey(index.OnName, index.Name.Value), index);
                break;
            case ViewStatementBody view:                      // CREATE, ALTER, CREATE OR ALTER VIEW
                Put(Key(view.SchemaObjectName), AsCreate(view));
                break;
            case ProcedureStatementBody procedure:
                Put(Key(procedure.ProcedureReference.Name), AsCreate(procedure));
                break;
            case FunctionStatementBody function:
                Put(Key(function.Name), function);
                break;
            case DropIndexStatement dropIndex:
                foreach (var clause in dropIndex.DropIndexClauses.OfType<DropIndexClause>())
                {
                    Remove(IndexKey(clause.Object, clause.Index.Value));
                }

                break;
            case DropTableStatement dropTable:
                foreach (var name in dropTable.Objects)
                {
                    Remove(Key(name));
                    _objects.RemoveAll(o => o.Key.StartsWith(Key(name) + "#", StringComparison.Ordinal));   // its indexes
                }

                break;
            case DropObjectsStatement drop:                   // views, procedures, functions
                foreach (var name in drop.Objects)
                {
                    Remove(Key(name));
                }

                break;
            case DataModificationStatement dml:
                var proc = $"[dbo].[seed_{Path.GetFileNameWithoutExtension(script)}_{_seeds.Count + 1}]";
                _seeds.Add(new ModelScript($"{script} (seed, line {dml.StartLine})",
                    $"CREATE PROCEDURE {proc}\nAS\nBEGIN\n{TSqlSyntax.Generate(dml).TrimEnd(';')};\nEND"));
                break;
            default:
                _unsupported.Add($"{script} line {statement.StartLine}: {statement.GetType().Name}");
                break;
        }
    }

    private void AddToTable(AlterTableAddTableElementStatement add)
    {
        var table = Table(add.SchemaObjectName, "ALTER TABLE ADD");
        foreach (var column in add.Definition.ColumnDefinitions)
        {
            table.Definition.ColumnDefinitions.Add(column);
        }

        foreach (var constraint in add.Definition.TableConstraints)
        {
            table.Definition.TableConstraints.Add(constraint);
        }

        foreach (var index in add.Definition.Indexes)
        {
            table.Definition.Indexes.Add(index);
        }
    }

    private void DropFromTable(AlterTableDropTableElementStatement drop)
    {
        var table = Table(drop.SchemaObjectName, "ALTER TABLE DROP");
        foreach (var element in drop.AlterTableDropTableElements)
        {
            var name = element.Name.Value;
            var removed = element.TableElementType switch
            {
                TableElementType.Column => RemoveWhere(table.Definition.ColumnDefinitions, c => Same(c.ColumnIdentifier, name)),
                _ => RemoveWhere(table.Definition.TableConstraints, c => Same(c.ConstraintIdentifier, name))
                     + RemoveWhere(table.Definition.Indexes, i => Same(i.Name, name))
                     + table.Definition.ColumnDefinitions.Sum(c =>
                         RemoveWhere(c.Constraints, k => Same(k.ConstraintIdentifier, name))
                         + (c.DefaultConstraint is { } d && Same(d.ConstraintIdentifier, name) ? Clear(c) : 0)),
            };
            if (removed == 0)
            {
                throw new InvalidOperationException($"ALTER TABLE {Key(drop.SchemaObjectName)} DROP {name}: no such element.");
            }
        }

        static int Clear(ColumnDefinition c)
        {
            c.DefaultConstraint = null;
            return 1;
        }
    }

    private void AlterColumn(AlterTableAlterColumnStatement alter)
    {
        var table = Table(alter.SchemaObjectName, "ALTER COLUMN");
        var column = table.Definition.ColumnDefinitions.FirstOrDefault(c => Same(c.ColumnIdentifier, alter.ColumnIdentifier.Value))
                     ?? throw new InvalidOperationException($"ALTER COLUMN {alter.ColumnIdentifier.Value}: no such column.");
        if (alter.DataType is not null)
        {
            column.DataType = alter.DataType;
            column.Collation = alter.Collation;
        }

        if (alter.AlterTableAlterColumnOption is AlterTableAlterColumnOption.Null or AlterTableAlterColumnOption.NotNull)
        {
            RemoveWhere(column.Constraints, c => c is NullableConstraintDefinition);
            column.Constraints.Add(new NullableConstraintDefinition { Nullable = alter.AlterTableAlterColumnOption == AlterTableAlterColumnOption.Null });
        }
        else if (alter.AlterTableAlterColumnOption != AlterTableAlterColumnOption.NoOptionDefined)
        {
            _unsupported.Add($"ALTER COLUMN {alter.ColumnIdentifier.Value} {alter.AlterTableAlterColumnOption}");
        }
    }

    // ALTER VIEW / CREATE OR ALTER VIEW become CREATE VIEW: the model holds the last definition.
    private static TSqlStatement AsCreate(ViewStatementBody view) => view is CreateViewStatement ? view : new CreateViewStatement
    {
        SchemaObjectName = view.SchemaObjectName,
        SelectStatement = view.SelectStatement,
        WithCheckOption = view.WithCheckOption,
        IsMaterialized = view.IsMaterialized,
    }.WithColumnsAndOptions(view);

    private static TSqlStatement AsCreate(ProcedureStatementBody procedure)
    {
        if (procedure is CreateProcedureStatement)
        {
            return procedure;
        }

        var create = new CreateProcedureStatement
        {
            ProcedureReference = procedure.ProcedureReference,
            StatementList = procedure.StatementList,
            IsForReplication = procedure.IsForReplication,
            MethodSpecifier = procedure.MethodSpecifier,
        };
        foreach (var parameter in procedure.Parameters)
        {
            create.Parameters.Add(parameter);
        }

        foreach (var option in procedure.Options)
        {
            create.Options.Add(option);
        }

        return create;
    }

    private CreateTableStatement Table(SchemaObjectName name, string what) =>
        _objects.FirstOrDefault(o => o.Key == Key(name)).Statement as CreateTableStatement
        ?? throw new InvalidOperationException($"{what}: table {Key(name)} was not created by an earlier migration.");

    private void Put(string key, TSqlStatement statement)
    {
        var at = _objects.FindIndex(o => o.Key == key);
        if (at >= 0)
        {
            _objects[at] = (key, statement);
        }
        else
        {
            _objects.Add((key, statement));
        }
    }

    private void Remove(string key) => _objects.RemoveAll(o => o.Key == key);

    private static int RemoveWhere<T>(IList<T> list, Func<T, bool> match)
    {
        var doomed = list.Where(match).ToList();
        foreach (var item in doomed)
        {
            list.Remove(item);
        }

        return doomed.Count;
    }

    private static bool Same(Identifier? identifier, string name) =>
        identifier is not null && string.Equals(identifier.Value, name, StringComparison.OrdinalIgnoreCase);

    private static string Key(SchemaObjectName name) =>
        $"{name.SchemaIdentifier?.Value ?? "dbo"}.{name.BaseIdentifier.Value}".ToLowerInvariant();

    private static string IndexKey(SchemaObjectName table, string index) => $"{Key(table)}#{index.ToLowerInvariant()}";
}

internal static class ViewStatementExtensions
{
    public static CreateViewStatement WithColumnsAndOptions(this CreateViewStatement create, ViewStatementBody from)
    {
        foreach (var column in from.Columns)
        {
            create.Columns.Add(column);
        }

        foreach (var option in from.ViewOptions)
        {
            create.ViewOptions.Add(option);
        }

        return create;
    }
}
