using ComplianceEngine.Data.Audit;

namespace ComplianceEngine.Host.Apis.Models;

/// <summary>One page of a record's stored evaluations, oldest first: <see cref="Total"/> evaluations in all.</summary>
public sealed record HistoryPage(string RecordKind, string RecordId, IReadOnlyList<EvaluationEntry> Evaluations, int Page, int PageSize, long Total);
