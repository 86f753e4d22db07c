using System.Text.Json.Nodes;
using DutchTechZone.PowerBI.Tests.Report;

namespace DutchTechZone.PowerBI.Tests;

/// <summary>Every PBIP/PBIR JSON file validates against Microsoft's schema named in its <c>$schema</c> (vendored, MIT).</summary>
public sealed class JsonSchemaTests
{
    private static readonly Lazy<SchemaValidator> Validator = new(() => new SchemaValidator(PowerBiProject.SchemaFolder));

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in PowerBiProject.JsonFiles())
        {
            data.Add(PowerBiProject.Relative(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_file_validates_against_its_schema(string file)
    {
        var problems = Validator.Value.Validate(File.ReadAllText(Path.Combine(PowerBiProject.Root, file)));

        Assert.True(problems.Count == 0, $"{file}:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void The_project_has_the_files_Desktop_needs_to_open_it()
    {
        var files = PowerBiProject.JsonFiles().Select(PowerBiProject.Relative).ToList();

        foreach (var required in new[]
                 {
                     "DutchTechZone.pbip", "DutchTechZone.SemanticModel/definition.pbism", "DutchTechZone.Report/definition.pbir",
                     "DutchTechZone.Report/definition/version.json", "DutchTechZone.Report/definition/report.json",
                     "DutchTechZone.Report/definition/pages/pages.json",
                 })
        {
            Assert.Contains(required, files);
        }

        Assert.Equal(6, files.Count(f => f.EndsWith("/page.json", StringComparison.Ordinal)));
    }

    [Fact]
    public void Project_json_files_are_UTF8_without_BOM_with_CRLF_line_ends()
    {
        foreach (var file in PowerBiProject.JsonFiles())
        {
            var issues = Tmdl.Checks.FileFormatCheck.Check(PowerBiProject.Relative(file), File.ReadAllBytes(file)).ToList();
            Assert.True(issues.Count == 0, string.Join('\n', issues));
        }
    }

    [Fact]
    public void A_visual_without_its_required_position_is_rejected()
    {
        var visual = JsonNode.Parse(File.ReadAllText(FirstVisual()))!.AsObject();
        visual.Remove("position");

        Assert.NotEmpty(Validator.Value.Validate(visual.ToJsonString()));
    }

    [Fact]
    public void A_page_with_an_unknown_display_option_is_rejected()
    {
        var page = PowerBiProject.JsonFiles().First(f => f.EndsWith("page.json", StringComparison.Ordinal));
        var json = JsonNode.Parse(File.ReadAllText(page))!.AsObject();
        json["displayOption"] = "Stretch";

        Assert.Contains(Validator.Value.Validate(json.ToJsonString()), p => p.Contains("displayOption", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_schema_or_with_a_schema_not_vendored_is_rejected()
    {
        Assert.NotEmpty(Validator.Value.Validate("""{ "version": "4.0" }"""));
        Assert.NotEmpty(Validator.Value.Validate("""{ "$schema": "https://developer.microsoft.com/json-schemas/fabric/item/report/definition/page/9.9.9/schema.json" }"""));
    }

    private static string FirstVisual() => PowerBiProject.JsonFiles().First(f => f.EndsWith("visual.json", StringComparison.Ordinal));
}
