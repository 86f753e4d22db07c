namespace DutchTechZone.PowerBI.Tests.Tmdl.Checks;

/// <summary>
/// model.tmdl lists every table with <c>ref table</c> (and nothing else), and each file under tables/ holds one table
/// named like the file, as Desktop writes them.
/// </summary>
public sealed class TableReferenceCheck : ITmdlCheck
{
    public IEnumerable<TmdlIssue> Check(TmdlFolder folder)
    {
        var model = folder.Document("model.tmdl");
        if (model is null)
        {
            yield return new("model.tmdl", 0, "missing");
            yield break;
        }

        var refs = model.Roots.Where(r => r.Keyword == "ref table").ToList();
        var tables = new Dictionary<string, TmdlNode>(StringComparer.Ordinal);
        foreach (var document in folder.TableDocuments)
        {
            var declared = document.Roots.Where(r => r.Keyword == "table").ToList();
            if (declared.Count != 1)
            {
                yield return new(document.File, 0, $"holds {declared.Count} table declarations; one file per table");
                continue;
            }

            var expectedName = Path.GetFileNameWithoutExtension(document.File);
            if (declared[0].Name != expectedName)
            {
                yield return new(document.File, declared[0].Line, $"table {declared[0].Name} lives in a file named {expectedName}.tmdl");
            }

            tables[declared[0].Name] = declared[0];
        }

        foreach (var table in tables.Keys.Where(t => refs.All(r => r.Name != t)))
        {
            yield return new("model.tmdl", 0, $"no 'ref table {TmdlName.Quote(table)}' for table {table}");
        }

        foreach (var reference in refs.Where(r => !tables.ContainsKey(r.Name)))
        {
            yield return new("model.tmdl", reference.Line, $"ref table {reference.Name} has no table file");
        }

        foreach (var duplicate in refs.GroupBy(r => r.Name).Where(g => g.Count() > 1))
        {
            yield return new("model.tmdl", duplicate.Last().Line, $"ref table {duplicate.Key} is listed twice");
        }
    }
}
