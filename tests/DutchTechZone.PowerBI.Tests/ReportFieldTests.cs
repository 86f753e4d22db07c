using System.Text.Json.Nodes;
using DutchTechZone.PowerBI.Tests.Fixtures;
using DutchTechZone.PowerBI.Tests.Model;
using DutchTechZone.PowerBI.Tests.Report;

namespace DutchTechZone.PowerBI.Tests;

/// <summary>The report's visuals use only fields the model has, and every page that shows a contribution shows its status.</summary>
public sealed class ReportFieldTests
{
    private static IReadOnlyList<(string Page, VisualField Field)> Fields() =>
        Directory.EnumerateFiles(PowerBiProject.ReportDefinition, "*.json", SearchOption.AllDirectories)
            .SelectMany(f => VisualField.In(PowerBiProject.Relative(f), JsonNode.Parse(File.ReadAllText(f)))
                .Select(v => (Page: PageOf(f), Field: v)))
            .ToList();

    public static IReadOnlyList<string> Missing(SemanticModel model, IEnumerable<VisualField> fields) =>
        fields.Where(f => model.Table(f.Entity) is not { } table
                          || (f.Kind == "Column" ? table.Column(f.Property) is null : table.Measure(f.Property) is null))
            .Select(f => $"{f.File}: {f.Kind} {f.Entity}[{f.Property}] is not in the model")
            .ToList();

    [Fact]
    public void Every_field_a_visual_uses_exists_in_the_model()
    {
        var fields = Fields();

        Assert.True(fields.Count > 50, $"only {fields.Count} fields found: the reader no longer sees the visuals' queries");
        var missing = Missing(ProjectFiles.Model, fields.Select(f => f.Field));
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void A_visual_field_missing_from_the_model_is_caught()
    {
        var field = new VisualField("Measure", "Bijdragen", "Bijdrage gemeentes", "x/visual.json");

        Assert.Equal(["x/visual.json: Measure Bijdragen[Bijdrage gemeentes] is not in the model"], Missing(ProjectFiles.Model, [field]));
    }

    [Fact]
    public void Every_page_that_shows_a_contribution_shows_whether_it_is_provisional_or_definitive()
    {
        var model = ProjectFiles.Model;
        var contributionMeasures = model.Table("Bijdragen")!.Measures.Select(m => m.Name)
            .Concat(["Beschikbare middelen", "Vrij te besteden"]).ToHashSet(StringComparer.Ordinal);
        var pages = Fields().GroupBy(f => f.Page).ToList();

        var showing = pages.Where(p => p.Any(f => f.Field.Kind == "Measure" && contributionMeasures.Contains(f.Field.Property))).ToList();

        Assert.NotEmpty(showing);
        Assert.All(showing, page => Assert.True(
            page.Any(f => f.Field is { Entity: "Bijdragen", Property: "Status" or "Status bijdragen" }),
            $"page {page.Key} shows a contribution without Bijdragen[Status] or [Status bijdragen]"));
    }

    [Fact]
    public void The_six_pages_are_there_in_order()
    {
        var pages = JsonNode.Parse(File.ReadAllText(Path.Combine(PowerBiProject.ReportDefinition, "pages", "pages.json")))!["pageOrder"]!.AsArray()
            .Select(p => JsonNode.Parse(File.ReadAllText(Path.Combine(PowerBiProject.ReportDefinition, "pages", p!.GetValue<string>(), "page.json")))!["displayName"]!.GetValue<string>());

        Assert.Equal(["Stand van de regio", "Begroting", "Netwerk- en Verbindingsplan", "Partners en capaciteit", "Succesindicatoren", "Datakwaliteit"], pages);
    }

    private static string PageOf(string file)
    {
        var parts = Path.GetRelativePath(Path.Combine(PowerBiProject.ReportDefinition, "pages"), file).Split(Path.DirectorySeparatorChar);
        return parts.Length > 1 ? parts[0] : "(report)";
    }
}
