using System.Text.Json;
using Json.Schema;

namespace DutchTechZone.PowerBI.Tests.Report;

/// <summary>
/// Validates PBIP/PBIR JSON files against Microsoft's published schemas (draft-07), vendored under Schemas/fabric.
/// Each schema is registered under its public URL (https://developer.microsoft.com/json-schemas/fabric/ + path),
/// so the relative <c>$ref</c>s between them resolve offline.
/// </summary>
public sealed class SchemaValidator
{
    public const string BaseUrl = "https://developer.microsoft.com/json-schemas/fabric/";

    private readonly string _folder;
    private readonly SchemaRegistry _registry = new();
    private readonly BuildOptions _options;
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    public SchemaValidator(string schemaFolder)
    {
        _folder = Path.Combine(schemaFolder, "fabric");
        _options = new BuildOptions { SchemaRegistry = _registry };
        foreach (var file in Directory.EnumerateFiles(_folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var url = BaseUrl + Path.GetRelativePath(_folder, file).Replace('\\', '/');
            var schema = JsonSchema.FromText(File.ReadAllText(file), _options, new Uri(url));

            // Some schemas name themselves differently in $id (schema-embedded.json says schema.embedded.json) while
            // others $ref them by file name: register each under its file's URL too.
            if (schema.BaseUri != new Uri(url))
            {
                _registry.Register(new Uri(url), schema);
            }

            _schemas[url] = schema;
        }
    }

    /// <summary>The problems of one file: no <c>$schema</c>, a schema not vendored, or the schema's errors.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("$schema", out var schemaProperty) || schemaProperty.GetString() is not { } url)
        {
            return ["no $schema property (Desktop writes one in every PBIP/PBIR JSON file)"];
        }

        if (!_schemas.TryGetValue(url, out var schema))
        {
            return [$"schema {url} is not vendored under tests/DutchTechZone.PowerBI.Tests/Schemas"];
        }

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({e.Key}): {e.Value}"))
            .DefaultIfEmpty("invalid (no detail)")
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
