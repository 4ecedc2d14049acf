using System.Text.Json;

namespace ComplianceEngine.Rules.Catalog;

internal static class CatalogJson
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    /// <summary>Parses a catalog file, or records why it cannot be parsed (with line and position) and returns null.</summary>
    public static JsonDocument? Parse(string path, string file, List<CatalogIssue> issues)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path), Options);
        }
        catch (JsonException e)
        {
            issues.Add(new CatalogIssue(file, $"line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}", "not valid JSON: " + e.Message.Split(" Path:")[0]));
            return null;
        }
    }
}
