using System.Text;
using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DutchTechZone.SqlServer.Tests.Validation;

/// <summary>
/// Wraps a statement the code sends into <c>CREATE PROCEDURE dbo.[check_&lt;name&gt;] (@Param type, …) AS BEGIN … END</c>,
/// because DacFx validates DML only inside a procedure. Every <c>@Name</c> the statement uses becomes a parameter with a
/// type inferred from its name (<see cref="ParameterType"/>). Dapper's <c>IN @Codes</c> is rewritten to
/// <c>IN (@Codes)</c> (<see cref="TSqlSyntax.ExpandDapperLists"/>).
/// <para>
/// Staging tables: DacFx does not resolve columns of <c>#temp</c> tables (nor of table variables): a misspelled
/// column in a SELECT from <c>#stg_population</c> created in the same procedure passed without a message, an INSERT
/// gave only warning SQL71502. So a statement that uses <c>#stg_x</c> is checked against a stand-in: the
/// <c>CREATE TABLE #stg_x</c> of the statement that creates it (e.g. <c>population.stage</c>, found by its text) is
/// added to the model as the permanent table <c>validation_stage_x</c>, and the statement's <c>#stg_x</c> is renamed
/// to it. The creating statement itself is validated as written, in its own wrapper.
/// </para>
/// </summary>
public static partial class StatementWrapper
{
    /// <summary>The scripts that check statement <paramref name="name"/>: stand-ins for its staging tables, then its procedure.</summary>
    public static IReadOnlyList<ModelScript> Wrap(string name, IReadOnlyDictionary<string, string> statements)
    {
        var sql = statements[name];
        var scripts = new List<ModelScript>();
        foreach (var temp in TempTables(sql).Distinct(StringComparer.OrdinalIgnoreCase).ToList())
        {
            var creator = statements.FirstOrDefault(s => CreatesTable(s.Value, temp)).Key
                ?? throw new InvalidOperationException($"{name} uses {temp}, but no statement creates it.");
            if (creator == name)
            {
                continue;
            }

            var standIn = "validation_stage_" + temp.TrimStart('#').Replace("stg_", "", StringComparison.OrdinalIgnoreCase);
            scripts.Add(new ModelScript($"{standIn} (stand-in for {temp} of {creator})", StandIn(statements[creator], temp, standIn)));
            sql = Regex.Replace(sql, Regex.Escape(temp) + @"\b", standIn, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        scripts.Add(Wrap(name, [sql]));
        return scripts;
    }

    /// <summary>The <c>CREATE TABLE <paramref name="temp"/></c> of <paramref name="creatorSql"/>, renamed to a permanent table.</summary>
    public static string StandIn(string creatorSql, string temp, string standIn)
    {
        var fragment = TSqlSyntax.Parse(creatorSql, out _);
        var create = TSqlSyntax.Statements(fragment).OfType<CreateTableStatement>()
            .Single(c => string.Equals(c.SchemaObjectName.BaseIdentifier.Value, temp, StringComparison.OrdinalIgnoreCase));
        create.SchemaObjectName.BaseIdentifier.Value = standIn;
        return TSqlSyntax.Generate(create);
    }

    /// <summary>A procedure <c>dbo.[check_&lt;name&gt;]</c> running <paramref name="statements"/> in order.</summary>
    public static ModelScript Wrap(string name, IEnumerable<string> statements)
    {
        var parts = statements.Select(s => TSqlSyntax.ExpandDapperLists(s).Trim()).ToList();
        var sql = new StringBuilder();
        sql.Append("CREATE PROCEDURE [dbo].[check_").Append(name.Replace("]", "]]", StringComparison.Ordinal)).Append(']');
        var parameters = Parameters(string.Join(";\n", parts));
        if (parameters.Count > 0)
        {
            sql.Append(" (\n    ").AppendJoin(",\n    ", parameters.Select(p => $"{p} {ParameterType(p)}")).Append("\n)");
        }

        sql.Append("\nAS\nBEGIN\n");
        foreach (var part in parts)
        {
            sql.Append(part);
            if (!part.EndsWith(';'))
            {
                sql.Append("\n;");
            }

            sql.Append('\n');
        }

        sql.Append("END\n");
        return new ModelScript($"check_{name}", sql.ToString());
    }

    /// <summary>
    /// The SQL type a parameter is declared with, from what the code passes (Dapper: long → bigint, int → int,
    /// DateTimeOffset → datetimeoffset, DateOnly → date, bool → bit): known names first, then the suffixes
    /// <c>…Cents</c> (bigint) and <c>…At</c> (timestamp) and the prefix <c>Is…</c> (bit); anything else is text,
    /// nvarchar(4000). DacFx does not check parameter types against columns, so a wrong guess hides no error.
    /// </summary>
    public static string ParameterType(string parameter)
    {
        var name = parameter.TrimStart('@');
        return name switch
        {
            "From" or "To" => "date",
            "Year" or "Decimals" or "DateKey" or "StartKey" or "EndKey" or "Theme" or "SourceRow" or "RowNumber" => "int",
            "Hours" => "decimal(12, 2)",
            "Inhabitants" or "RowsWritten" or "ImportId" or "SourceKey" => "bigint",
            "CbsModified" => "datetimeoffset(7)",
            "CountsAt" or "TopicKey" or "CbsKey" or "TableId" => "nvarchar(4000)",
            _ when name.EndsWith("Cents", StringComparison.Ordinal) => "bigint",
            _ when name.EndsWith("At", StringComparison.Ordinal) => "datetimeoffset(7)",
            _ when name.StartsWith("Is", StringComparison.Ordinal) && name.Length > 2 && char.IsUpper(name[2]) => "bit",
            _ => "nvarchar(4000)",
        };
    }

    /// <summary>The <c>@names</c> a batch uses and does not declare itself, in order of first use.</summary>
    public static IReadOnlyList<string> Parameters(string sql)
    {
        var fragment = TSqlSyntax.Parse(sql, out var errors);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Does not parse: " + string.Join("; ", errors.Select(TSqlSyntax.Describe)));
        }

        var visitor = new VariableCollector();
        fragment.Accept(visitor);
        return visitor.Used.Where(u => !visitor.Declared.Contains(u)).ToList();
    }

    private static IEnumerable<string> TempTables(string sql) => TempTable().Matches(sql).Select(m => m.Value);

    private static bool CreatesTable(string sql, string table) =>
        Regex.IsMatch(sql, @"\bCREATE\s+TABLE\s+" + Regex.Escape(table) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"(?<![\w#])#[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex TempTable();

    private sealed class VariableCollector : TSqlFragmentVisitor
    {
        public List<string> Used { get; } = [];

        public HashSet<string> Declared { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void Visit(VariableReference node)
        {
            if (!Used.Contains(node.Name, StringComparer.OrdinalIgnoreCase))
            {
                Used.Add(node.Name);
            }
        }

        public override void Visit(DeclareVariableElement node) => Declared.Add(node.VariableName.Value);
    }
}
