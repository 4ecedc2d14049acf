using ComplianceEngine.Data.Outbox;

namespace ComplianceEngine.Host.Apis.Models;

/// <summary>One page of the notices issued about a subject, newest first, with their delivery state: <see cref="Total"/> in all.</summary>
public sealed record NoticesPage(string SubjectKind, string SubjectId, IReadOnlyList<OutboxNotice> Notices, int Page, int PageSize, long Total);
