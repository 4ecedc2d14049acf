using ComplianceEngine.Data.Outbox;
using ComplianceEngine.Data.Paging;
using ComplianceEngine.Notices.Documents;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;

namespace ComplianceEngine.Notices.Outbox;

/// <summary>
/// Fills the outbox: renders each requested notice with its next document number and stores it, once
/// (<see cref="NoticeStore"/> keeps the numbering and the unique key). Signed instruments
/// (<see cref="NoticeTypes.IsSigned"/>: decisions, 补正通知, 审批意见) are stored as unnumbered drafts instead
/// (<see cref="DecisionDrafts"/>) and reach the outbox only when an officer issues them. A plain async method so a
/// scheduled job can call it.
/// </summary>
/// <param name="store">The notices table (Data): numbering, the unique key, reading back.</param>
/// <param name="drafts">Where signed instruments go instead: only an officer's issue numbers and sends them (issue 14 item 3).</param>
public sealed class NoticeOutbox(NoticeStore store, DecisionDrafts drafts, NoticeRenderer renderer)
{
    public async Task<FillResult> FillAsync(IEnumerable<NoticeRequest> requests, string language = NoticeLanguage.Chinese, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var inserted = 0;
        var present = 0;
        foreach (var request in requests)
        {
            var stored = request.Type.IsSigned()
                ? await drafts.SaveAsync(request, language, ct)
                : await StoreAsync(request, language, ct);
            if (stored)
            {
                inserted++;
            }
            else
            {
                present++;
            }
        }

        return new FillResult(inserted, present);
    }

    private Task<bool> StoreAsync(NoticeRequest request, string language, CancellationToken ct)
    {
        var key = new NoticeKey(request.Subject.Kind, request.Subject.Id, request.Type.Slug(), request.FindingSetHash, request.Period);
        return store.TryStoreAsync(key, language, renderer.AuthorityFor(request).City, request.AsOf, sequence =>
        {
            var notice = renderer.Render(request, language, sequence, draft: false);
            return new NumberedNotice(notice.Number, notice.Text ?? "", notice.Html ?? "");
        }, ct);
    }

    /// <summary>An enterprise's (or project's) own notices, newest first: what the API shows it.</summary>
    public async Task<IReadOnlyList<OutboxNotice>> ForSubjectAsync(string kind, string id, CancellationToken ct = default) =>
        (await ForSubjectAsync(kind, id, PageRequest.All, ct)).Rows;

    /// <summary>One page of a subject's notices, newest first, with the total.</summary>
    public Task<PagedRows<OutboxNotice>> ForSubjectAsync(string kind, string id, PageRequest page, CancellationToken ct = default) =>
        store.ForSubjectAsync(kind, id, page, ct);
}
