namespace ComplianceEngine.Data.Outbox;

/// <summary>
/// A notice's identity in the outbox: the subject (<c>enterprise</c>, <c>project</c> or <c>city</c> and its id), the
/// notice type's slug, the hash of the findings it covers and the period (e.g. <c>2025-06</c>). Unique per notice.
/// </summary>
public sealed record NoticeKey(string SubjectKind, string SubjectId, string NoticeType, string FindingSetHash, string Period);
