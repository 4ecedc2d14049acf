namespace ComplianceEngine.Rules.Catalog;

/// <summary>One problem with the catalog: the file, the rule (or JSON path) and why.</summary>
public sealed record CatalogIssue(string File, string? Location, string Reason)
{
    public override string ToString() => Location is null ? $"{File}: {Reason}" : $"{File}: {Location}: {Reason}";
}
