using ComplianceEngine.Data.Documents;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Host.Auth;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Host.Notices;
using ComplianceEngine.Notices;
using ComplianceEngine.Notices.Documents;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Screening;
using Microsoft.Extensions.Options;

namespace ComplianceEngine.Host.Enforcement;

/// <summary>What asking for a 责令改正违法行为决定书 draft came to.</summary>
public enum DraftOutcome
{
    /// <summary>No enterprise with that id is registered.</summary>
    NotRegistered,

    /// <summary>The stored record no longer reads as a record: nothing can be addressed from it.</summary>
    Unreadable,

    /// <summary>The enterprise violates no legal provision as of the date: there is nothing to order corrected.</summary>
    NothingToCorrect,

    /// <summary>A new draft was stored.</summary>
    Drafted,

    /// <summary>The same draft (same findings) exists already; nothing changed.</summary>
    AlreadyDrafted,
}

/// <summary>
/// 责令改正违法行为决定书 for the enforcement team, through the one draft → issue path (<see cref="DecisionDrafts"/>):
/// drafting screens the stored enterprise as of a date (stored in the audit trail, as every notice's evaluation is) and
/// asks the planner whether it violates a legal provision; issuing numbers the draft in the signed-in person's name.
/// </summary>
public sealed class CorrectionDecisions(StoredScreening register, RuleSetHolder catalog, DecisionDrafts drafts, DocumentStore documents,
    InspectionStore inspections, IOptions<NoticeOptions> options)
{
    public async Task<DraftOutcome> DraftAsync(string enterpriseId, DateOnly asOf, CancellationToken ct)
    {
        var (screened, unreadable) = await register.ScreenEnterprisesAsync(catalog.Current, [enterpriseId], asOf, ct: ct);
        if (screened is not [var one])
        {
            return unreadable > 0 ? DraftOutcome.Unreadable : DraftOutcome.NotRegistered;
        }

        if (NoticePlanner.For(NoticeType.CorrectionDecision, new ScreenedRecord(one.Record, one.Result), asOf) is not { } request)
        {
            return DraftOutcome.NothingToCorrect;
        }

        // The decision states the check actually made: the latest recorded on-site inspection by the as-of date, else a desk review.
        var checks = (await inspections.ForEnterpriseAsync(enterpriseId, ct))
            .Select(i => new OnSiteCheck(i.Date, i.Inspector, i.ViolationFound, i.FacilityId, i.Pollutant, i.Notes));
        request = request with { Check = OnSiteCheck.Latest(checks, asOf) };
        return await drafts.SaveAsync(request, options.Value.Language, ct) ? DraftOutcome.Drafted : DraftOutcome.AlreadyDrafted;
    }

    /// <summary>
    /// Issues draft <paramref name="documentId"/> of enterprise <paramref name="enterpriseId"/> in the name of
    /// <paramref name="issuer"/> (the signed-in person) at <paramref name="at"/> (UTC). Null when the enterprise has no
    /// such correction decision; an issued one is returned as it is, never issued again.
    /// </summary>
    public async Task<IssueOutcome?> IssueAsync(string enterpriseId, long documentId, string issuer, DateTime at, CancellationToken ct)
    {
        var document = await documents.GetAsync(documentId, ct);
        if (document is not { SubjectKind: NoticeSubject.EnterpriseKind } || document.SubjectId != enterpriseId
            || document.DocumentType != NoticeType.CorrectionDecision.Slug())
        {
            return null;
        }

        return await drafts.IssueAsync(documentId, new Issuer(issuer, Roles.Enforcement), at, ct);
    }

    /// <summary>
    /// Fills blank elements of draft <paramref name="documentId"/> of enterprise <paramref name="enterpriseId"/> in the
    /// name of <paramref name="by"/>; null when the enterprise has no such correction decision. Throws
    /// <see cref="ArgumentException"/> naming an element or value not accepted.
    /// </summary>
    public async Task<FillOutcome?> FillAsync(string enterpriseId, long documentId, IReadOnlyDictionary<string, string> values, string by, DateTime at, CancellationToken ct)
    {
        var document = await documents.GetAsync(documentId, ct);
        if (document is not { SubjectKind: NoticeSubject.EnterpriseKind } || document.SubjectId != enterpriseId
            || document.DocumentType != NoticeType.CorrectionDecision.Slug())
        {
            return null;
        }

        return await drafts.FillAsync(documentId, values, new Issuer(by, Roles.Enforcement), at, ct);
    }

    /// <summary>The required elements a draft still lacks (none for an issued document).</summary>
    public IReadOnlyList<string> Blanks(StoredDocument document) => document.Status == "draft" ? drafts.Blanks(document) : [];
}
