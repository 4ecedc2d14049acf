namespace ComplianceEngine.Host.Apis.Models;

/// <summary>What an import did: records inserted, updated, unchanged and refused, and each refused item's problems (at most 1000).</summary>
public sealed record ImportReport(long Inserted, long Updated, long Unchanged, long Invalid, IReadOnlyList<ImportProblem> Errors);

/// <summary>A problem with one submitted item: its index in the body, its id when it had one, the JSON path and the reason.</summary>
public sealed record ImportProblem(int? Index, string? RecordId, string Path, string Reason);
