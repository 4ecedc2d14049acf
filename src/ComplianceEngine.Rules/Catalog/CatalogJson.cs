using System.Text.Json;

namespace ComplianceEngine.Rules.Catalog;

internal static class CatalogJson
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    /// <summary>Parses a catalog file of the snapshot, or records why it cannot be parsed (with line and position) and returns null.</summary>
    public static JsonDocument? Parse(RuleSetSnapshot snapshot, string file, List<CatalogIssue> issues)
    {
        try
        {
            return JsonDocument.Parse(snapshot.Utf8(file), Options);
        }
        catch (JsonException e)
        {
            issues.Add(new CatalogIssue(file, $"line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}", "not valid JSON: " + e.Message.Split(" Path:")[0]));
            return null;
        }
    }
}
