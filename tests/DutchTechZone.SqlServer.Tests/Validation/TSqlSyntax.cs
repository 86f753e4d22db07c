using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DutchTechZone.SqlServer.Tests.Validation;

/// <summary>Parses T-SQL the way SQL Server 2022 does (ScriptDom, QUOTED_IDENTIFIER on).</summary>
public static partial class TSqlSyntax
{
    /// <summary>Parses <paramref name="sql"/>; the fragment is a <see cref="TSqlScript"/> (batches split on GO).</summary>
    public static TSqlFragment Parse(string sql, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        return parser.Parse(reader, out errors);
    }

    /// <summary>The parse errors of <paramref name="sql"/>, each as "line L, column C: error N: message".</summary>
    public static IReadOnlyList<string> Errors(string sql)
    {
        Parse(sql, out var errors);
        return errors.Select(Describe).ToList();
    }

    /// <summary>One parse error, readable in a CI log.</summary>
    public static string Describe(ParseError e) => $"line {e.Line}, column {e.Column}: error {e.Number}: {e.Message}";

    /// <summary>
    /// Rewrites Dapper's list expansion into valid T-SQL. The code sends <c>WHERE x IN @Codes</c>; Dapper replaces it
    /// with <c>IN (@Codes1, @Codes2, …)</c> before SQL Server sees it. As written it is not T-SQL, so for parsing and
    /// validation it becomes <c>IN (@Codes)</c>, the shape of a one-element list.
    /// </summary>
    public static string ExpandDapperLists(string sql) => DapperList().Replace(sql, "IN ($1)");

    /// <summary>The T-SQL statements of a parsed script, batch by batch, in order.</summary>
    public static IEnumerable<TSqlStatement> Statements(TSqlFragment fragment) =>
        fragment is TSqlScript script ? script.Batches.SelectMany(b => b.Statements) : [];

    /// <summary>Generates T-SQL for a fragment (ScriptDom drops statement terminators; callers add them).</summary>
    public static string Generate(TSqlFragment fragment)
    {
        var generator = new Sql160ScriptGenerator(new SqlScriptGeneratorOptions { IncludeSemicolons = true });
        generator.GenerateScript(fragment, out var script);
        return script.TrimEnd();
    }

    [GeneratedRegex(@"\bIN\s+(@[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DapperList();
}
