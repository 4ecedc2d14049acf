namespace ComplianceEngine.Host.Catalog;

/// <summary>What a reload did: the version served before and after, and the catalog problems when it was refused.</summary>
public sealed record ReloadResult(string PreviousVersion, string Version, IReadOnlyList<string> Problems)
{
    public bool Refused => Problems.Count > 0;
}
