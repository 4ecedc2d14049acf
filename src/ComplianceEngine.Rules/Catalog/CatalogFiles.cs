namespace ComplianceEngine.Rules.Catalog;

/// <summary>The JSON files of one catalog folder, in ordinal order: the order everything reads and hashes them in.</summary>
public static class CatalogFiles
{
    public static string[] In(string rulesDirectory, string folder)
    {
        var dir = Path.Combine(rulesDirectory, folder);
        return Directory.Exists(dir) ? [.. Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal)] : [];
    }
}
