using System.Text.Json;

namespace ComplianceEngine.Rules.Catalog;

/// <summary>Reads <c>sources/sources.json</c> and the document texts beside it.</summary>
internal static class SourceLibrary
{
    public static Dictionary<string, SourceDocument> Read(RuleSetSnapshot snapshot, List<CatalogIssue> issues)
    {
        var documents = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        const string file = "sources/sources.json";
        if (!snapshot.Contains(file))
        {
            issues.Add(new CatalogIssue(file, null, "file is missing"));
            return documents;
        }

        var fields = new JsonFields(file, issues);
        using var doc = CatalogJson.Parse(snapshot, file, issues);
        if (doc is null || !doc.RootElement.TryGetProperty("sources", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            issues.Add(new CatalogIssue(file, "$.sources", "expected an array of sources"));
            return documents;
        }

        var i = 0;
        foreach (var s in list.EnumerateArray())
        {
            var loc = $"$.sources[{i++}]";
            var id = fields.Text(s, "id", loc);
            var textFile = fields.Text(s, "file", loc);
            var title = fields.Text(s, "title", loc);
            var issued = fields.Date(s, "issued", loc);
            if (id is null || textFile is null || title is null || issued is null)
            {
                continue;
            }

            var textPath = "sources/" + textFile;
            if (!snapshot.Contains(textPath))
            {
                fields.Issue(loc + ".file", $"'{textFile}' does not exist");
                continue;
            }

            // Quotes are matched against the text with line breaks removed: a sentence may wrap.
            var text = snapshot.Text(textPath).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            documents[id] = new SourceDocument(id, title, fields.Text(s, "titleEn", loc, required: false) ?? title,
                fields.Text(s, "number", loc, required: false), issued.Value, text);
        }

        return documents;
    }
}
