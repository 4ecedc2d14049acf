using ComplianceEngine.Data.Documents;
using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Notices.Documents;
using ComplianceEngine.Notices.Outbox;
using ComplianceEngine.Notices.Planning;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>
/// The instrument of a project's decision, through the product's one path: the planner decides which instrument the
/// screening calls for, the outbox fills it as an unnumbered draft (every project instrument is signed,
/// <see cref="ComplianceEngine.Notices.NoticeTypes.IsSigned"/>), and a draft is issued in the signed-in officer's name by <see cref="DecisionDrafts.IssueAsync"/>, which numbers it and
/// records who, as what role and when.
/// </summary>
public sealed class ProjectInstruments(NoticeOutbox outbox, DocumentStore documents, DecisionDrafts drafts)
{
    /// <summary>Makes the instrument <paramref name="decision"/> calls for, dated <paramref name="today"/>; false when it needs none or it exists already.</summary>
    public async Task<bool> DraftAsync(ProjectDecision decision, DateOnly today, string language, CancellationToken ct)
    {
        return Request(decision, today) is { } request && (await outbox.FillAsync([request], language, ct)).Inserted > 0;
    }

    /// <summary>The instrument <paramref name="decision"/> calls for, dated <paramref name="today"/>; null when it needs none.</summary>
    public static NoticeRequest? Request(ProjectDecision decision, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision is { Instrument: { } kind, Screened: { } screened } ? NoticePlanner.For(kind, screened, today) : null;
    }

    /// <summary>The project's drafted and issued decisions (newest first) and the letters sent about it.</summary>
    public async Task<(IReadOnlyList<StoredDocument> Documents, IReadOnlyList<OutboxNotice> Notices)> ForProjectAsync(string projectId, CancellationToken ct) =>
        (await documents.ForSubjectAsync(ProjectKind, projectId, ct), await outbox.ForSubjectAsync(ProjectKind, projectId, ct));

    /// <summary>
    /// Issues draft <paramref name="documentId"/> of project <paramref name="projectId"/> in <paramref name="issuer"/>'s
    /// name; null when the project has no such document (an id from another project's page is not issued here).
    /// </summary>
    public async Task<IssueOutcome?> IssueAsync(string projectId, long documentId, Issuer issuer, DateTime at, CancellationToken ct)
    {
        if (await documents.GetAsync(documentId, ct) is not { SubjectKind: ProjectKind } document || document.SubjectId != projectId)
        {
            return null;
        }

        return await drafts.IssueAsync(documentId, issuer, at, ct);
    }

    /// <summary>
    /// Fills blank elements of draft <paramref name="documentId"/> of project <paramref name="projectId"/> in
    /// <paramref name="by"/>'s name; null when the project has no such document. Throws <see cref="ArgumentException"/>
    /// naming an element or value not accepted.
    /// </summary>
    public async Task<FillOutcome?> FillAsync(string projectId, long documentId, IReadOnlyDictionary<string, string> values, Issuer by, DateTime at, CancellationToken ct)
    {
        if (await documents.GetAsync(documentId, ct) is not { SubjectKind: ProjectKind } document || document.SubjectId != projectId)
        {
            return null;
        }

        return await drafts.FillAsync(documentId, values, by, at, ct);
    }

    /// <summary>The required elements a draft still lacks (none for an issued document).</summary>
    public IReadOnlyList<string> Blanks(StoredDocument document) => document.Status == "draft" ? drafts.Blanks(document) : [];

    private const string ProjectKind = NoticeSubject.ProjectKind;
}
