namespace ComplianceEngine.Rules.Catalog;

/// <summary>Raised when the catalog cannot be used; every command and the host refuse to start on it.</summary>
public sealed class CatalogInvalidException(IReadOnlyList<CatalogIssue> issues)
    : Exception(Describe(issues))
{
    public IReadOnlyList<CatalogIssue> Issues { get; } = issues;

    private static string Describe(IReadOnlyList<CatalogIssue> issues) =>
        $"rule catalog is invalid ({issues.Count} problem{(issues.Count == 1 ? "" : "s")}):"
        + Environment.NewLine + string.Join(Environment.NewLine, issues.Select(i => "  " + i));
}
